"use strict";
module.exports = validate2118;
module.exports.default = validate2118;
const schema812 = {"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},"spec":{"properties":{"attachMetadata":{"properties":{"node":{"type":"boolean"}},"type":"object","additionalProperties":false},"bodySizeLimit":{"pattern":"(^0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$","type":"string"},"convertClassicHistogramsToNHCB":{"type":"boolean"},"fallbackScrapeProtocol":{"enum":["PrometheusProto","OpenMetricsText0.0.1","OpenMetricsText1.0.0","PrometheusText0.0.4","PrometheusText1.0.0"],"type":"string"},"jobLabel":{"type":"string"},"keepDroppedTargets":{"format":"int64","minimum":0,"type":"integer"},"labelLimit":{"format":"int64","minimum":0,"type":"integer"},"labelNameLengthLimit":{"format":"int64","minimum":0,"type":"integer"},"labelValueLengthLimit":{"format":"int64","minimum":0,"type":"integer"},"namespaceSelector":{"properties":{"any":{"type":"boolean"},"matchNames":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false},"nativeHistogramBucketLimit":{"format":"int64","minimum":0,"type":"integer"},"nativeHistogramMinBucketFactor":{"anyOf":[{"type":"string"},{"type":"integer"}]},"podMetricsEndpoints":{"items":{"properties":{"authorization":{"properties":{"credentials":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"type":{"type":"string"}},"type":"object","additionalProperties":false},"basicAuth":{"properties":{"password":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"username":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"bearerTokenSecret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"enableHttp2":{"type":"boolean"},"filterRunning":{"type":"boolean"},"followRedirects":{"type":"boolean"},"honorLabels":{"type":"boolean"},"honorTimestamps":{"type":"boolean"},"interval":{"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"metricRelabelings":{"items":{"properties":{"action":{"default":"replace","enum":["replace","Replace","keep","Keep","drop","Drop","hashmod","HashMod","labelmap","LabelMap","labeldrop","LabelDrop","labelkeep","LabelKeep","lowercase","Lowercase","uppercase","Uppercase","keepequal","KeepEqual","dropequal","DropEqual"],"type":"string"},"modulus":{"format":"int64","minimum":0,"type":"integer"},"regex":{"type":"string"},"replacement":{"type":"string"},"separator":{"type":"string"},"sourceLabels":{"items":{"type":"string"},"type":"array"},"targetLabel":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"noProxy":{"type":"string"},"oauth2":{"properties":{"clientId":{"properties":{"configMap":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"secret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"clientSecret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"endpointParams":{"additionalProperties":{"type":"string"},"type":"object"},"noProxy":{"type":"string"},"proxyConnectHeader":{"additionalProperties":{"items":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"type":"array"},"type":"object"},"proxyFromEnvironment":{"type":"boolean"},"proxyUrl":{"pattern":"^(http|https|socks5)://.+$","type":"string"},"scopes":{"items":{"type":"string"},"type":"array"},"tlsConfig":{"properties":{"ca":{"properties":{"configMap":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"secret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"cert":{"properties":{"configMap":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"secret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"insecureSkipVerify":{"type":"boolean"},"keySecret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"maxVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"minVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"serverName":{"type":"string"}},"type":"object","additionalProperties":false},"tokenUrl":{"pattern":"^(http|https)://.+$","type":"string"}},"required":["clientId","clientSecret","tokenUrl"],"type":"object","additionalProperties":false},"params":{"additionalProperties":{"items":{"type":"string"},"type":"array"},"type":"object"},"path":{"type":"string"},"port":{"type":"string"},"portNumber":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"proxyConnectHeader":{"additionalProperties":{"items":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"type":"array"},"type":"object"},"proxyFromEnvironment":{"type":"boolean"},"proxyUrl":{"pattern":"^(http|https|socks5)://.+$","type":"string"},"relabelings":{"items":{"properties":{"action":{"default":"replace","enum":["replace","Replace","keep","Keep","drop","Drop","hashmod","HashMod","labelmap","LabelMap","labeldrop","LabelDrop","labelkeep","LabelKeep","lowercase","Lowercase","uppercase","Uppercase","keepequal","KeepEqual","dropequal","DropEqual"],"type":"string"},"modulus":{"format":"int64","minimum":0,"type":"integer"},"regex":{"type":"string"},"replacement":{"type":"string"},"separator":{"type":"string"},"sourceLabels":{"items":{"type":"string"},"type":"array"},"targetLabel":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"scheme":{"enum":["http","https","HTTP","HTTPS"],"type":"string"},"scrapeTimeout":{"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"targetPort":{"anyOf":[{"type":"string"},{"type":"integer"}]},"tlsConfig":{"properties":{"ca":{"properties":{"configMap":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"secret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"cert":{"properties":{"configMap":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"secret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"insecureSkipVerify":{"type":"boolean"},"keySecret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"maxVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"minVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"serverName":{"type":"string"}},"type":"object","additionalProperties":false},"trackTimestampsStaleness":{"type":"boolean"}},"type":"object","additionalProperties":false},"type":"array"},"podTargetLabels":{"items":{"type":"string"},"type":"array"},"sampleLimit":{"format":"int64","minimum":0,"type":"integer"},"scrapeClass":{"minLength":1,"type":"string"},"scrapeClassicHistograms":{"type":"boolean"},"scrapeNativeHistograms":{"type":"boolean"},"scrapeProtocols":{"items":{"enum":["PrometheusProto","OpenMetricsText0.0.1","OpenMetricsText1.0.0","PrometheusText0.0.4","PrometheusText1.0.0"],"type":"string"},"type":"array"},"selector":{"properties":{"matchExpressions":{"items":{"properties":{"key":{"type":"string"},"operator":{"type":"string"},"values":{"items":{"type":"string"},"type":"array"}},"required":["key","operator"],"type":"object","additionalProperties":false},"type":"array"},"matchLabels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object","additionalProperties":false},"selectorMechanism":{"enum":["RelabelConfig","RoleSelector"],"type":"string"},"targetLimit":{"format":"int64","minimum":0,"type":"integer"}},"required":["selector"],"type":"object","additionalProperties":false}},"required":["spec"],"type":"object","additionalProperties":false};
const schema9 = {"properties":{"annotations":{"additionalProperties":{"type":"string"},"type":"object"},"creationTimestamp":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"},"deletionGracePeriodSeconds":{"format":"int64","type":"integer"},"deletionTimestamp":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"},"finalizers":{"items":{"type":"string"},"type":"array"},"generateName":{"type":"string"},"generation":{"format":"int64","type":"integer"},"labels":{"additionalProperties":{"type":"string"},"type":"object"},"managedFields":{"items":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry"},"type":"array"},"name":{"type":"string"},"namespace":{"type":"string"},"ownerReferences":{"items":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference"},"type":"array"},"resourceVersion":{"type":"string"},"selfLink":{"type":"string"},"uid":{"type":"string"}},"type":"object","additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const schema10 = {"format":"date-time","type":"string"};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(typeof data === "string")){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

const schema11 = {"properties":{"apiVersion":{"type":"string"},"fieldsType":{"type":"string"},"fieldsV1":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1"},"manager":{"type":"string"},"operation":{"type":"string"},"subresource":{"type":"string"},"time":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"}},"type":"object","additionalProperties":false};
const schema12 = {"type":"object"};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "apiVersion") || (key0 === "fieldsType")) || (key0 === "fieldsV1")) || (key0 === "manager")) || (key0 === "operation")) || (key0 === "subresource")) || (key0 === "time"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.apiVersion !== undefined){
if(typeof data.apiVersion !== "string"){
const err1 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.fieldsType !== undefined){
if(typeof data.fieldsType !== "string"){
const err2 = {instancePath:instancePath+"/fieldsType",schemaPath:"#/properties/fieldsType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.fieldsV1 !== undefined){
if(!(validate29(data.fieldsV1, {instancePath:instancePath+"/fieldsV1",parentData:data,parentDataProperty:"fieldsV1",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.manager !== undefined){
if(typeof data.manager !== "string"){
const err3 = {instancePath:instancePath+"/manager",schemaPath:"#/properties/manager/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.operation !== undefined){
if(typeof data.operation !== "string"){
const err4 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.subresource !== undefined){
if(typeof data.subresource !== "string"){
const err5 = {instancePath:instancePath+"/subresource",schemaPath:"#/properties/subresource/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.time !== undefined){
if(!(validate25(data.time, {instancePath:instancePath+"/time",parentData:data,parentDataProperty:"time",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}

const schema13 = {"properties":{"apiVersion":{"type":"string"},"blockOwnerDeletion":{"type":"boolean"},"controller":{"type":"boolean"},"kind":{"type":"string"},"name":{"type":"string"},"uid":{"type":"string"}},"required":["apiVersion","kind","name","uid"],"type":"object","additionalProperties":false};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.uid === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uid"},message:"must have required property '"+"uid"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "apiVersion") || (key0 === "blockOwnerDeletion")) || (key0 === "controller")) || (key0 === "kind")) || (key0 === "name")) || (key0 === "uid"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
if(typeof data.apiVersion !== "string"){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.blockOwnerDeletion !== undefined){
if(typeof data.blockOwnerDeletion !== "boolean"){
const err6 = {instancePath:instancePath+"/blockOwnerDeletion",schemaPath:"#/properties/blockOwnerDeletion/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.controller !== undefined){
if(typeof data.controller !== "boolean"){
const err7 = {instancePath:instancePath+"/controller",schemaPath:"#/properties/controller/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kind !== undefined){
if(typeof data.kind !== "string"){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.uid !== undefined){
if(typeof data.uid !== "string"){
const err10 = {instancePath:instancePath+"/uid",schemaPath:"#/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}


function validate2119(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema9.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.annotations !== undefined){
let data0 = data.annotations;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(typeof data0[key1] !== "string"){
const err1 = {instancePath:instancePath+"/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.creationTimestamp !== undefined){
if(!(validate25(data.creationTimestamp, {instancePath:instancePath+"/creationTimestamp",parentData:data,parentDataProperty:"creationTimestamp",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.deletionGracePeriodSeconds !== undefined){
let data3 = data.deletionGracePeriodSeconds;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err3 = {instancePath:instancePath+"/deletionGracePeriodSeconds",schemaPath:"#/properties/deletionGracePeriodSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.deletionTimestamp !== undefined){
if(!(validate25(data.deletionTimestamp, {instancePath:instancePath+"/deletionTimestamp",parentData:data,parentDataProperty:"deletionTimestamp",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.finalizers !== undefined){
let data5 = data.finalizers;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
const err4 = {instancePath:instancePath+"/finalizers/" + i0,schemaPath:"#/properties/finalizers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/finalizers",schemaPath:"#/properties/finalizers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.generateName !== undefined){
if(typeof data.generateName !== "string"){
const err6 = {instancePath:instancePath+"/generateName",schemaPath:"#/properties/generateName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.generation !== undefined){
let data8 = data.generation;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err7 = {instancePath:instancePath+"/generation",schemaPath:"#/properties/generation/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.labels !== undefined){
let data9 = data.labels;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
if(typeof data9[key2] !== "string"){
const err8 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.managedFields !== undefined){
let data11 = data.managedFields;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(!(validate28(data11[i1], {instancePath:instancePath+"/managedFields/" + i1,parentData:data11,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/managedFields",schemaPath:"#/properties/managedFields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.namespace !== undefined){
if(typeof data.namespace !== "string"){
const err12 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.ownerReferences !== undefined){
let data15 = data.ownerReferences;
if(Array.isArray(data15)){
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
if(!(validate33(data15[i2], {instancePath:instancePath+"/ownerReferences/" + i2,parentData:data15,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/ownerReferences",schemaPath:"#/properties/ownerReferences/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.resourceVersion !== undefined){
if(typeof data.resourceVersion !== "string"){
const err14 = {instancePath:instancePath+"/resourceVersion",schemaPath:"#/properties/resourceVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.selfLink !== undefined){
if(typeof data.selfLink !== "string"){
const err15 = {instancePath:instancePath+"/selfLink",schemaPath:"#/properties/selfLink/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.uid !== undefined){
if(typeof data.uid !== "string"){
const err16 = {instancePath:instancePath+"/uid",schemaPath:"#/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate2119.errors = vErrors;
return errors === 0;
}

const func61 = require("ajv/dist/runtime/ucs2length").default;
const pattern157 = new RegExp("(^0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$", "u");
const pattern158 = new RegExp("^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$", "u");
const pattern159 = new RegExp("^(http|https|socks5)://.+$", "u");
const pattern160 = new RegExp("^(http|https)://.+$", "u");

function validate2118(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.spec === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.apiVersion !== undefined){
if(typeof data.apiVersion !== "string"){
const err2 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
if(typeof data.kind !== "string"){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate2119(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate2119.errors : vErrors.concat(validate2119.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
let data3 = data.spec;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.selector === undefined){
const err4 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "selector"},message:"must have required property '"+"selector"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data3){
if(!(func2.call(schema812.properties.spec.properties, key1))){
const err5 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data3.attachMetadata !== undefined){
let data4 = data3.attachMetadata;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!(key2 === "node")){
const err6 = {instancePath:instancePath+"/spec/attachMetadata",schemaPath:"#/properties/spec/properties/attachMetadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.node !== undefined){
if(typeof data4.node !== "boolean"){
const err7 = {instancePath:instancePath+"/spec/attachMetadata/node",schemaPath:"#/properties/spec/properties/attachMetadata/properties/node/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/spec/attachMetadata",schemaPath:"#/properties/spec/properties/attachMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.bodySizeLimit !== undefined){
let data6 = data3.bodySizeLimit;
if(typeof data6 === "string"){
if(!pattern157.test(data6)){
const err9 = {instancePath:instancePath+"/spec/bodySizeLimit",schemaPath:"#/properties/spec/properties/bodySizeLimit/pattern",keyword:"pattern",params:{pattern: "(^0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$"},message:"must match pattern \""+"(^0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/spec/bodySizeLimit",schemaPath:"#/properties/spec/properties/bodySizeLimit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.convertClassicHistogramsToNHCB !== undefined){
if(typeof data3.convertClassicHistogramsToNHCB !== "boolean"){
const err11 = {instancePath:instancePath+"/spec/convertClassicHistogramsToNHCB",schemaPath:"#/properties/spec/properties/convertClassicHistogramsToNHCB/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.fallbackScrapeProtocol !== undefined){
let data8 = data3.fallbackScrapeProtocol;
if(typeof data8 !== "string"){
const err12 = {instancePath:instancePath+"/spec/fallbackScrapeProtocol",schemaPath:"#/properties/spec/properties/fallbackScrapeProtocol/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((((data8 === "PrometheusProto") || (data8 === "OpenMetricsText0.0.1")) || (data8 === "OpenMetricsText1.0.0")) || (data8 === "PrometheusText0.0.4")) || (data8 === "PrometheusText1.0.0"))){
const err13 = {instancePath:instancePath+"/spec/fallbackScrapeProtocol",schemaPath:"#/properties/spec/properties/fallbackScrapeProtocol/enum",keyword:"enum",params:{allowedValues: schema812.properties.spec.properties.fallbackScrapeProtocol.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.jobLabel !== undefined){
if(typeof data3.jobLabel !== "string"){
const err14 = {instancePath:instancePath+"/spec/jobLabel",schemaPath:"#/properties/spec/properties/jobLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.keepDroppedTargets !== undefined){
let data10 = data3.keepDroppedTargets;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err15 = {instancePath:instancePath+"/spec/keepDroppedTargets",schemaPath:"#/properties/spec/properties/keepDroppedTargets/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
const err16 = {instancePath:instancePath+"/spec/keepDroppedTargets",schemaPath:"#/properties/spec/properties/keepDroppedTargets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data3.labelLimit !== undefined){
let data11 = data3.labelLimit;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err17 = {instancePath:instancePath+"/spec/labelLimit",schemaPath:"#/properties/spec/properties/labelLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 < 0 || isNaN(data11)){
const err18 = {instancePath:instancePath+"/spec/labelLimit",schemaPath:"#/properties/spec/properties/labelLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data3.labelNameLengthLimit !== undefined){
let data12 = data3.labelNameLengthLimit;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err19 = {instancePath:instancePath+"/spec/labelNameLengthLimit",schemaPath:"#/properties/spec/properties/labelNameLengthLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 < 0 || isNaN(data12)){
const err20 = {instancePath:instancePath+"/spec/labelNameLengthLimit",schemaPath:"#/properties/spec/properties/labelNameLengthLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data3.labelValueLengthLimit !== undefined){
let data13 = data3.labelValueLengthLimit;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err21 = {instancePath:instancePath+"/spec/labelValueLengthLimit",schemaPath:"#/properties/spec/properties/labelValueLengthLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
const err22 = {instancePath:instancePath+"/spec/labelValueLengthLimit",schemaPath:"#/properties/spec/properties/labelValueLengthLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data3.namespaceSelector !== undefined){
let data14 = data3.namespaceSelector;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key3 in data14){
if(!((key3 === "any") || (key3 === "matchNames"))){
const err23 = {instancePath:instancePath+"/spec/namespaceSelector",schemaPath:"#/properties/spec/properties/namespaceSelector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data14.any !== undefined){
if(typeof data14.any !== "boolean"){
const err24 = {instancePath:instancePath+"/spec/namespaceSelector/any",schemaPath:"#/properties/spec/properties/namespaceSelector/properties/any/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data14.matchNames !== undefined){
let data16 = data14.matchNames;
if(Array.isArray(data16)){
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
if(typeof data16[i0] !== "string"){
const err25 = {instancePath:instancePath+"/spec/namespaceSelector/matchNames/" + i0,schemaPath:"#/properties/spec/properties/namespaceSelector/properties/matchNames/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/spec/namespaceSelector/matchNames",schemaPath:"#/properties/spec/properties/namespaceSelector/properties/matchNames/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/spec/namespaceSelector",schemaPath:"#/properties/spec/properties/namespaceSelector/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data3.nativeHistogramBucketLimit !== undefined){
let data18 = data3.nativeHistogramBucketLimit;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
const err28 = {instancePath:instancePath+"/spec/nativeHistogramBucketLimit",schemaPath:"#/properties/spec/properties/nativeHistogramBucketLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(typeof data18 == "number"){
if(data18 < 0 || isNaN(data18)){
const err29 = {instancePath:instancePath+"/spec/nativeHistogramBucketLimit",schemaPath:"#/properties/spec/properties/nativeHistogramBucketLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data3.nativeHistogramMinBucketFactor !== undefined){
let data19 = data3.nativeHistogramMinBucketFactor;
const _errs43 = errors;
let valid6 = false;
const _errs44 = errors;
if(typeof data19 !== "string"){
const err30 = {instancePath:instancePath+"/spec/nativeHistogramMinBucketFactor",schemaPath:"#/properties/spec/properties/nativeHistogramMinBucketFactor/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs44 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs46 = errors;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err31 = {instancePath:instancePath+"/spec/nativeHistogramMinBucketFactor",schemaPath:"#/properties/spec/properties/nativeHistogramMinBucketFactor/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid0 = _errs46 === errors;
valid6 = valid6 || _valid0;
}
if(!valid6){
const err32 = {instancePath:instancePath+"/spec/nativeHistogramMinBucketFactor",schemaPath:"#/properties/spec/properties/nativeHistogramMinBucketFactor/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
}
if(data3.podMetricsEndpoints !== undefined){
let data20 = data3.podMetricsEndpoints;
if(Array.isArray(data20)){
const len1 = data20.length;
for(let i1=0; i1<len1; i1++){
let data21 = data20[i1];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key4 in data21){
if(!(func2.call(schema812.properties.spec.properties.podMetricsEndpoints.items.properties, key4))){
const err33 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1,schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data21.authorization !== undefined){
let data22 = data21.authorization;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key5 in data22){
if(!((key5 === "credentials") || (key5 === "type"))){
const err34 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/authorization",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/authorization/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data22.credentials !== undefined){
let data23 = data22.credentials;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.key === undefined){
const err35 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/authorization/credentials",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/authorization/properties/credentials/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key6 in data23){
if(!(((key6 === "key") || (key6 === "name")) || (key6 === "optional"))){
const err36 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/authorization/credentials",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/authorization/properties/credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data23.key !== undefined){
if(typeof data23.key !== "string"){
const err37 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/authorization/credentials/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/authorization/properties/credentials/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data23.name !== undefined){
if(typeof data23.name !== "string"){
const err38 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/authorization/credentials/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/authorization/properties/credentials/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data23.optional !== undefined){
if(typeof data23.optional !== "boolean"){
const err39 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/authorization/credentials/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/authorization/properties/credentials/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/authorization/credentials",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/authorization/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data22.type !== undefined){
if(typeof data22.type !== "string"){
const err41 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/authorization/type",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/authorization/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/authorization",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/authorization/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data21.basicAuth !== undefined){
let data28 = data21.basicAuth;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key7 in data28){
if(!((key7 === "password") || (key7 === "username"))){
const err43 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/basicAuth",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/basicAuth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data28.password !== undefined){
let data29 = data28.password;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.key === undefined){
const err44 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/basicAuth/password",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/basicAuth/properties/password/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key8 in data29){
if(!(((key8 === "key") || (key8 === "name")) || (key8 === "optional"))){
const err45 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/basicAuth/password",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/basicAuth/properties/password/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data29.key !== undefined){
if(typeof data29.key !== "string"){
const err46 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/basicAuth/password/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/basicAuth/properties/password/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data29.name !== undefined){
if(typeof data29.name !== "string"){
const err47 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/basicAuth/password/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/basicAuth/properties/password/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data29.optional !== undefined){
if(typeof data29.optional !== "boolean"){
const err48 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/basicAuth/password/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/basicAuth/properties/password/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/basicAuth/password",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/basicAuth/properties/password/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data28.username !== undefined){
let data33 = data28.username;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.key === undefined){
const err50 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/basicAuth/username",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/basicAuth/properties/username/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key9 in data33){
if(!(((key9 === "key") || (key9 === "name")) || (key9 === "optional"))){
const err51 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/basicAuth/username",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/basicAuth/properties/username/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data33.key !== undefined){
if(typeof data33.key !== "string"){
const err52 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/basicAuth/username/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/basicAuth/properties/username/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data33.name !== undefined){
if(typeof data33.name !== "string"){
const err53 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/basicAuth/username/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/basicAuth/properties/username/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data33.optional !== undefined){
if(typeof data33.optional !== "boolean"){
const err54 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/basicAuth/username/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/basicAuth/properties/username/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/basicAuth/username",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/basicAuth/properties/username/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/basicAuth",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/basicAuth/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data21.bearerTokenSecret !== undefined){
let data37 = data21.bearerTokenSecret;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.key === undefined){
const err57 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/bearerTokenSecret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/bearerTokenSecret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key10 in data37){
if(!(((key10 === "key") || (key10 === "name")) || (key10 === "optional"))){
const err58 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/bearerTokenSecret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/bearerTokenSecret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data37.key !== undefined){
if(typeof data37.key !== "string"){
const err59 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/bearerTokenSecret/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/bearerTokenSecret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data37.name !== undefined){
if(typeof data37.name !== "string"){
const err60 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/bearerTokenSecret/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/bearerTokenSecret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data37.optional !== undefined){
if(typeof data37.optional !== "boolean"){
const err61 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/bearerTokenSecret/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/bearerTokenSecret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/bearerTokenSecret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/bearerTokenSecret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data21.enableHttp2 !== undefined){
if(typeof data21.enableHttp2 !== "boolean"){
const err63 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/enableHttp2",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/enableHttp2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data21.filterRunning !== undefined){
if(typeof data21.filterRunning !== "boolean"){
const err64 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/filterRunning",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/filterRunning/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data21.followRedirects !== undefined){
if(typeof data21.followRedirects !== "boolean"){
const err65 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/followRedirects",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/followRedirects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data21.honorLabels !== undefined){
if(typeof data21.honorLabels !== "boolean"){
const err66 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/honorLabels",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/honorLabels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data21.honorTimestamps !== undefined){
if(typeof data21.honorTimestamps !== "boolean"){
const err67 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/honorTimestamps",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/honorTimestamps/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data21.interval !== undefined){
let data46 = data21.interval;
if(typeof data46 === "string"){
if(!pattern158.test(data46)){
const err68 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/interval",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/interval/pattern",keyword:"pattern",params:{pattern: "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"},message:"must match pattern \""+"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"+"\""};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/interval",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data21.metricRelabelings !== undefined){
let data47 = data21.metricRelabelings;
if(Array.isArray(data47)){
const len2 = data47.length;
for(let i2=0; i2<len2; i2++){
let data48 = data47[i2];
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key11 in data48){
if(!(((((((key11 === "action") || (key11 === "modulus")) || (key11 === "regex")) || (key11 === "replacement")) || (key11 === "separator")) || (key11 === "sourceLabels")) || (key11 === "targetLabel"))){
const err70 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/metricRelabelings/" + i2,schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/metricRelabelings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data48.action !== undefined){
let data49 = data48.action;
if(typeof data49 !== "string"){
const err71 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/metricRelabelings/" + i2+"/action",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/metricRelabelings/items/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(!((((((((((((((((((((((data49 === "replace") || (data49 === "Replace")) || (data49 === "keep")) || (data49 === "Keep")) || (data49 === "drop")) || (data49 === "Drop")) || (data49 === "hashmod")) || (data49 === "HashMod")) || (data49 === "labelmap")) || (data49 === "LabelMap")) || (data49 === "labeldrop")) || (data49 === "LabelDrop")) || (data49 === "labelkeep")) || (data49 === "LabelKeep")) || (data49 === "lowercase")) || (data49 === "Lowercase")) || (data49 === "uppercase")) || (data49 === "Uppercase")) || (data49 === "keepequal")) || (data49 === "KeepEqual")) || (data49 === "dropequal")) || (data49 === "DropEqual"))){
const err72 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/metricRelabelings/" + i2+"/action",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/metricRelabelings/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema812.properties.spec.properties.podMetricsEndpoints.items.properties.metricRelabelings.items.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data48.modulus !== undefined){
let data50 = data48.modulus;
if(!((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50)))){
const err73 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/metricRelabelings/" + i2+"/modulus",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/metricRelabelings/items/properties/modulus/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(typeof data50 == "number"){
if(data50 < 0 || isNaN(data50)){
const err74 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/metricRelabelings/" + i2+"/modulus",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/metricRelabelings/items/properties/modulus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
if(data48.regex !== undefined){
if(typeof data48.regex !== "string"){
const err75 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/metricRelabelings/" + i2+"/regex",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/metricRelabelings/items/properties/regex/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data48.replacement !== undefined){
if(typeof data48.replacement !== "string"){
const err76 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/metricRelabelings/" + i2+"/replacement",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/metricRelabelings/items/properties/replacement/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data48.separator !== undefined){
if(typeof data48.separator !== "string"){
const err77 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/metricRelabelings/" + i2+"/separator",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/metricRelabelings/items/properties/separator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data48.sourceLabels !== undefined){
let data54 = data48.sourceLabels;
if(Array.isArray(data54)){
const len3 = data54.length;
for(let i3=0; i3<len3; i3++){
if(typeof data54[i3] !== "string"){
const err78 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/metricRelabelings/" + i2+"/sourceLabels/" + i3,schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/metricRelabelings/items/properties/sourceLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/metricRelabelings/" + i2+"/sourceLabels",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/metricRelabelings/items/properties/sourceLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data48.targetLabel !== undefined){
if(typeof data48.targetLabel !== "string"){
const err80 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/metricRelabelings/" + i2+"/targetLabel",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/metricRelabelings/items/properties/targetLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/metricRelabelings/" + i2,schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/metricRelabelings/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/metricRelabelings",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/metricRelabelings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data21.noProxy !== undefined){
if(typeof data21.noProxy !== "string"){
const err83 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/noProxy",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/noProxy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data21.oauth2 !== undefined){
let data58 = data21.oauth2;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.clientId === undefined){
const err84 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/required",keyword:"required",params:{missingProperty: "clientId"},message:"must have required property '"+"clientId"+"'"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data58.clientSecret === undefined){
const err85 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/required",keyword:"required",params:{missingProperty: "clientSecret"},message:"must have required property '"+"clientSecret"+"'"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data58.tokenUrl === undefined){
const err86 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/required",keyword:"required",params:{missingProperty: "tokenUrl"},message:"must have required property '"+"tokenUrl"+"'"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
for(const key12 in data58){
if(!(func2.call(schema812.properties.spec.properties.podMetricsEndpoints.items.properties.oauth2.properties, key12))){
const err87 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data58.clientId !== undefined){
let data59 = data58.clientId;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
for(const key13 in data59){
if(!((key13 === "configMap") || (key13 === "secret"))){
const err88 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientId",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientId/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data59.configMap !== undefined){
let data60 = data59.configMap;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.key === undefined){
const err89 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientId/configMap",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientId/properties/configMap/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key14 in data60){
if(!(((key14 === "key") || (key14 === "name")) || (key14 === "optional"))){
const err90 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientId/configMap",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientId/properties/configMap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data60.key !== undefined){
if(typeof data60.key !== "string"){
const err91 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientId/configMap/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientId/properties/configMap/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data60.name !== undefined){
if(typeof data60.name !== "string"){
const err92 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientId/configMap/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientId/properties/configMap/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data60.optional !== undefined){
if(typeof data60.optional !== "boolean"){
const err93 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientId/configMap/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientId/properties/configMap/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientId/configMap",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientId/properties/configMap/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data59.secret !== undefined){
let data64 = data59.secret;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.key === undefined){
const err95 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientId/secret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientId/properties/secret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
for(const key15 in data64){
if(!(((key15 === "key") || (key15 === "name")) || (key15 === "optional"))){
const err96 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientId/secret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientId/properties/secret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data64.key !== undefined){
if(typeof data64.key !== "string"){
const err97 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientId/secret/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientId/properties/secret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data64.name !== undefined){
if(typeof data64.name !== "string"){
const err98 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientId/secret/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientId/properties/secret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data64.optional !== undefined){
if(typeof data64.optional !== "boolean"){
const err99 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientId/secret/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientId/properties/secret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientId/secret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientId/properties/secret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientId",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientId/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data58.clientSecret !== undefined){
let data68 = data58.clientSecret;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
if(data68.key === undefined){
const err102 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientSecret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientSecret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
for(const key16 in data68){
if(!(((key16 === "key") || (key16 === "name")) || (key16 === "optional"))){
const err103 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientSecret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientSecret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data68.key !== undefined){
if(typeof data68.key !== "string"){
const err104 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientSecret/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientSecret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data68.name !== undefined){
if(typeof data68.name !== "string"){
const err105 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientSecret/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientSecret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data68.optional !== undefined){
if(typeof data68.optional !== "boolean"){
const err106 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientSecret/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientSecret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/clientSecret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/clientSecret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data58.endpointParams !== undefined){
let data72 = data58.endpointParams;
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
for(const key17 in data72){
if(typeof data72[key17] !== "string"){
const err108 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/endpointParams/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/endpointParams/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/endpointParams",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/endpointParams/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data58.noProxy !== undefined){
if(typeof data58.noProxy !== "string"){
const err110 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/noProxy",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/noProxy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data58.proxyConnectHeader !== undefined){
let data75 = data58.proxyConnectHeader;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
for(const key18 in data75){
let data76 = data75[key18];
if(Array.isArray(data76)){
const len4 = data76.length;
for(let i4=0; i4<len4; i4++){
let data77 = data76[i4];
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.key === undefined){
const err111 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/proxyConnectHeader/" + key18.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4,schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/proxyConnectHeader/additionalProperties/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
for(const key19 in data77){
if(!(((key19 === "key") || (key19 === "name")) || (key19 === "optional"))){
const err112 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/proxyConnectHeader/" + key18.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4,schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/proxyConnectHeader/additionalProperties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data77.key !== undefined){
if(typeof data77.key !== "string"){
const err113 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/proxyConnectHeader/" + key18.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4+"/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/proxyConnectHeader/additionalProperties/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data77.name !== undefined){
if(typeof data77.name !== "string"){
const err114 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/proxyConnectHeader/" + key18.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4+"/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/proxyConnectHeader/additionalProperties/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data77.optional !== undefined){
if(typeof data77.optional !== "boolean"){
const err115 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/proxyConnectHeader/" + key18.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4+"/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/proxyConnectHeader/additionalProperties/items/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
else {
const err116 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/proxyConnectHeader/" + key18.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4,schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/proxyConnectHeader/additionalProperties/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/proxyConnectHeader/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/proxyConnectHeader/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/proxyConnectHeader",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/proxyConnectHeader/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data58.proxyFromEnvironment !== undefined){
if(typeof data58.proxyFromEnvironment !== "boolean"){
const err119 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/proxyFromEnvironment",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/proxyFromEnvironment/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data58.proxyUrl !== undefined){
let data82 = data58.proxyUrl;
if(typeof data82 === "string"){
if(!pattern159.test(data82)){
const err120 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/proxyUrl",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/proxyUrl/pattern",keyword:"pattern",params:{pattern: "^(http|https|socks5)://.+$"},message:"must match pattern \""+"^(http|https|socks5)://.+$"+"\""};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/proxyUrl",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/proxyUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data58.scopes !== undefined){
let data83 = data58.scopes;
if(Array.isArray(data83)){
const len5 = data83.length;
for(let i5=0; i5<len5; i5++){
if(typeof data83[i5] !== "string"){
const err122 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/scopes/" + i5,schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/scopes",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data58.tlsConfig !== undefined){
let data85 = data58.tlsConfig;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
for(const key20 in data85){
if(!(((((((key20 === "ca") || (key20 === "cert")) || (key20 === "insecureSkipVerify")) || (key20 === "keySecret")) || (key20 === "maxVersion")) || (key20 === "minVersion")) || (key20 === "serverName"))){
const err124 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data85.ca !== undefined){
let data86 = data85.ca;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
for(const key21 in data86){
if(!((key21 === "configMap") || (key21 === "secret"))){
const err125 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/ca",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data86.configMap !== undefined){
let data87 = data86.configMap;
if(data87 && typeof data87 == "object" && !Array.isArray(data87)){
if(data87.key === undefined){
const err126 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/ca/configMap",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/configMap/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
for(const key22 in data87){
if(!(((key22 === "key") || (key22 === "name")) || (key22 === "optional"))){
const err127 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/ca/configMap",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/configMap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data87.key !== undefined){
if(typeof data87.key !== "string"){
const err128 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/ca/configMap/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/configMap/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data87.name !== undefined){
if(typeof data87.name !== "string"){
const err129 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/ca/configMap/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/configMap/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data87.optional !== undefined){
if(typeof data87.optional !== "boolean"){
const err130 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/ca/configMap/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/configMap/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/ca/configMap",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/configMap/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data86.secret !== undefined){
let data91 = data86.secret;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
if(data91.key === undefined){
const err132 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/ca/secret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/secret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
for(const key23 in data91){
if(!(((key23 === "key") || (key23 === "name")) || (key23 === "optional"))){
const err133 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/ca/secret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/secret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data91.key !== undefined){
if(typeof data91.key !== "string"){
const err134 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/ca/secret/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/secret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data91.name !== undefined){
if(typeof data91.name !== "string"){
const err135 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/ca/secret/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/secret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data91.optional !== undefined){
if(typeof data91.optional !== "boolean"){
const err136 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/ca/secret/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/secret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
else {
const err137 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/ca/secret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/secret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/ca",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data85.cert !== undefined){
let data95 = data85.cert;
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
for(const key24 in data95){
if(!((key24 === "configMap") || (key24 === "secret"))){
const err139 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/cert",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data95.configMap !== undefined){
let data96 = data95.configMap;
if(data96 && typeof data96 == "object" && !Array.isArray(data96)){
if(data96.key === undefined){
const err140 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/cert/configMap",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/configMap/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
for(const key25 in data96){
if(!(((key25 === "key") || (key25 === "name")) || (key25 === "optional"))){
const err141 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/cert/configMap",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/configMap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data96.key !== undefined){
if(typeof data96.key !== "string"){
const err142 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/cert/configMap/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/configMap/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data96.name !== undefined){
if(typeof data96.name !== "string"){
const err143 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/cert/configMap/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/configMap/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data96.optional !== undefined){
if(typeof data96.optional !== "boolean"){
const err144 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/cert/configMap/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/configMap/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/cert/configMap",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/configMap/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data95.secret !== undefined){
let data100 = data95.secret;
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
if(data100.key === undefined){
const err146 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/cert/secret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/secret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
for(const key26 in data100){
if(!(((key26 === "key") || (key26 === "name")) || (key26 === "optional"))){
const err147 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/cert/secret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/secret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data100.key !== undefined){
if(typeof data100.key !== "string"){
const err148 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/cert/secret/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/secret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data100.name !== undefined){
if(typeof data100.name !== "string"){
const err149 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/cert/secret/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/secret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data100.optional !== undefined){
if(typeof data100.optional !== "boolean"){
const err150 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/cert/secret/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/secret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
else {
const err151 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/cert/secret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/secret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
else {
const err152 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/cert",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data85.insecureSkipVerify !== undefined){
if(typeof data85.insecureSkipVerify !== "boolean"){
const err153 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/insecureSkipVerify",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/insecureSkipVerify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data85.keySecret !== undefined){
let data105 = data85.keySecret;
if(data105 && typeof data105 == "object" && !Array.isArray(data105)){
if(data105.key === undefined){
const err154 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/keySecret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/keySecret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
for(const key27 in data105){
if(!(((key27 === "key") || (key27 === "name")) || (key27 === "optional"))){
const err155 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/keySecret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/keySecret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data105.key !== undefined){
if(typeof data105.key !== "string"){
const err156 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/keySecret/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/keySecret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data105.name !== undefined){
if(typeof data105.name !== "string"){
const err157 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/keySecret/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/keySecret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data105.optional !== undefined){
if(typeof data105.optional !== "boolean"){
const err158 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/keySecret/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/keySecret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/keySecret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/keySecret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data85.maxVersion !== undefined){
let data109 = data85.maxVersion;
if(typeof data109 !== "string"){
const err160 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/maxVersion",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/maxVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
if(!((((data109 === "TLS10") || (data109 === "TLS11")) || (data109 === "TLS12")) || (data109 === "TLS13"))){
const err161 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/maxVersion",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/maxVersion/enum",keyword:"enum",params:{allowedValues: schema812.properties.spec.properties.podMetricsEndpoints.items.properties.oauth2.properties.tlsConfig.properties.maxVersion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data85.minVersion !== undefined){
let data110 = data85.minVersion;
if(typeof data110 !== "string"){
const err162 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/minVersion",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/minVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(!((((data110 === "TLS10") || (data110 === "TLS11")) || (data110 === "TLS12")) || (data110 === "TLS13"))){
const err163 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/minVersion",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/minVersion/enum",keyword:"enum",params:{allowedValues: schema812.properties.spec.properties.podMetricsEndpoints.items.properties.oauth2.properties.tlsConfig.properties.minVersion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data85.serverName !== undefined){
if(typeof data85.serverName !== "string"){
const err164 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig/serverName",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/properties/serverName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
else {
const err165 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tlsConfig",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tlsConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data58.tokenUrl !== undefined){
let data112 = data58.tokenUrl;
if(typeof data112 === "string"){
if(!pattern160.test(data112)){
const err166 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tokenUrl",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tokenUrl/pattern",keyword:"pattern",params:{pattern: "^(http|https)://.+$"},message:"must match pattern \""+"^(http|https)://.+$"+"\""};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2/tokenUrl",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/oauth2",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/oauth2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data21.params !== undefined){
let data113 = data21.params;
if(data113 && typeof data113 == "object" && !Array.isArray(data113)){
for(const key28 in data113){
let data114 = data113[key28];
if(Array.isArray(data114)){
const len6 = data114.length;
for(let i6=0; i6<len6; i6++){
if(typeof data114[i6] !== "string"){
const err169 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/params/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i6,schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/params/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
}
else {
const err170 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/params/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/params/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
else {
const err171 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/params",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data21.path !== undefined){
if(typeof data21.path !== "string"){
const err172 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/path",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data21.port !== undefined){
if(typeof data21.port !== "string"){
const err173 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/port",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/port/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data21.portNumber !== undefined){
let data118 = data21.portNumber;
if(!((typeof data118 == "number") && (!(data118 % 1) && !isNaN(data118)))){
const err174 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/portNumber",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/portNumber/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(typeof data118 == "number"){
if(data118 > 65535 || isNaN(data118)){
const err175 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/portNumber",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/portNumber/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if(data118 < 1 || isNaN(data118)){
const err176 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/portNumber",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/portNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
if(data21.proxyConnectHeader !== undefined){
let data119 = data21.proxyConnectHeader;
if(data119 && typeof data119 == "object" && !Array.isArray(data119)){
for(const key29 in data119){
let data120 = data119[key29];
if(Array.isArray(data120)){
const len7 = data120.length;
for(let i7=0; i7<len7; i7++){
let data121 = data120[i7];
if(data121 && typeof data121 == "object" && !Array.isArray(data121)){
if(data121.key === undefined){
const err177 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/proxyConnectHeader/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i7,schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/proxyConnectHeader/additionalProperties/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
for(const key30 in data121){
if(!(((key30 === "key") || (key30 === "name")) || (key30 === "optional"))){
const err178 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/proxyConnectHeader/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i7,schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/proxyConnectHeader/additionalProperties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data121.key !== undefined){
if(typeof data121.key !== "string"){
const err179 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/proxyConnectHeader/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i7+"/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/proxyConnectHeader/additionalProperties/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data121.name !== undefined){
if(typeof data121.name !== "string"){
const err180 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/proxyConnectHeader/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i7+"/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/proxyConnectHeader/additionalProperties/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data121.optional !== undefined){
if(typeof data121.optional !== "boolean"){
const err181 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/proxyConnectHeader/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i7+"/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/proxyConnectHeader/additionalProperties/items/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/proxyConnectHeader/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i7,schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/proxyConnectHeader/additionalProperties/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
}
else {
const err183 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/proxyConnectHeader/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/proxyConnectHeader/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
}
else {
const err184 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/proxyConnectHeader",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/proxyConnectHeader/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data21.proxyFromEnvironment !== undefined){
if(typeof data21.proxyFromEnvironment !== "boolean"){
const err185 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/proxyFromEnvironment",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/proxyFromEnvironment/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data21.proxyUrl !== undefined){
let data126 = data21.proxyUrl;
if(typeof data126 === "string"){
if(!pattern159.test(data126)){
const err186 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/proxyUrl",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/proxyUrl/pattern",keyword:"pattern",params:{pattern: "^(http|https|socks5)://.+$"},message:"must match pattern \""+"^(http|https|socks5)://.+$"+"\""};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
else {
const err187 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/proxyUrl",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/proxyUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data21.relabelings !== undefined){
let data127 = data21.relabelings;
if(Array.isArray(data127)){
const len8 = data127.length;
for(let i8=0; i8<len8; i8++){
let data128 = data127[i8];
if(data128 && typeof data128 == "object" && !Array.isArray(data128)){
for(const key31 in data128){
if(!(((((((key31 === "action") || (key31 === "modulus")) || (key31 === "regex")) || (key31 === "replacement")) || (key31 === "separator")) || (key31 === "sourceLabels")) || (key31 === "targetLabel"))){
const err188 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/relabelings/" + i8,schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/relabelings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data128.action !== undefined){
let data129 = data128.action;
if(typeof data129 !== "string"){
const err189 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/relabelings/" + i8+"/action",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/relabelings/items/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(!((((((((((((((((((((((data129 === "replace") || (data129 === "Replace")) || (data129 === "keep")) || (data129 === "Keep")) || (data129 === "drop")) || (data129 === "Drop")) || (data129 === "hashmod")) || (data129 === "HashMod")) || (data129 === "labelmap")) || (data129 === "LabelMap")) || (data129 === "labeldrop")) || (data129 === "LabelDrop")) || (data129 === "labelkeep")) || (data129 === "LabelKeep")) || (data129 === "lowercase")) || (data129 === "Lowercase")) || (data129 === "uppercase")) || (data129 === "Uppercase")) || (data129 === "keepequal")) || (data129 === "KeepEqual")) || (data129 === "dropequal")) || (data129 === "DropEqual"))){
const err190 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/relabelings/" + i8+"/action",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/relabelings/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema812.properties.spec.properties.podMetricsEndpoints.items.properties.relabelings.items.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data128.modulus !== undefined){
let data130 = data128.modulus;
if(!((typeof data130 == "number") && (!(data130 % 1) && !isNaN(data130)))){
const err191 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/relabelings/" + i8+"/modulus",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/relabelings/items/properties/modulus/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(typeof data130 == "number"){
if(data130 < 0 || isNaN(data130)){
const err192 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/relabelings/" + i8+"/modulus",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/relabelings/items/properties/modulus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
}
if(data128.regex !== undefined){
if(typeof data128.regex !== "string"){
const err193 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/relabelings/" + i8+"/regex",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/relabelings/items/properties/regex/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data128.replacement !== undefined){
if(typeof data128.replacement !== "string"){
const err194 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/relabelings/" + i8+"/replacement",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/relabelings/items/properties/replacement/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data128.separator !== undefined){
if(typeof data128.separator !== "string"){
const err195 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/relabelings/" + i8+"/separator",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/relabelings/items/properties/separator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data128.sourceLabels !== undefined){
let data134 = data128.sourceLabels;
if(Array.isArray(data134)){
const len9 = data134.length;
for(let i9=0; i9<len9; i9++){
if(typeof data134[i9] !== "string"){
const err196 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/relabelings/" + i8+"/sourceLabels/" + i9,schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/relabelings/items/properties/sourceLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/relabelings/" + i8+"/sourceLabels",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/relabelings/items/properties/sourceLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data128.targetLabel !== undefined){
if(typeof data128.targetLabel !== "string"){
const err198 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/relabelings/" + i8+"/targetLabel",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/relabelings/items/properties/targetLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
}
else {
const err199 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/relabelings/" + i8,schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/relabelings/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
}
else {
const err200 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/relabelings",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/relabelings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data21.scheme !== undefined){
let data137 = data21.scheme;
if(typeof data137 !== "string"){
const err201 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/scheme",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
if(!((((data137 === "http") || (data137 === "https")) || (data137 === "HTTP")) || (data137 === "HTTPS"))){
const err202 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/scheme",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/scheme/enum",keyword:"enum",params:{allowedValues: schema812.properties.spec.properties.podMetricsEndpoints.items.properties.scheme.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data21.scrapeTimeout !== undefined){
let data138 = data21.scrapeTimeout;
if(typeof data138 === "string"){
if(!pattern158.test(data138)){
const err203 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/scrapeTimeout",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/scrapeTimeout/pattern",keyword:"pattern",params:{pattern: "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"},message:"must match pattern \""+"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"+"\""};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
else {
const err204 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/scrapeTimeout",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/scrapeTimeout/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data21.targetPort !== undefined){
let data139 = data21.targetPort;
const _errs315 = errors;
let valid53 = false;
const _errs316 = errors;
if(typeof data139 !== "string"){
const err205 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/targetPort",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/targetPort/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
var _valid1 = _errs316 === errors;
valid53 = valid53 || _valid1;
if(!valid53){
const _errs318 = errors;
if(!((typeof data139 == "number") && (!(data139 % 1) && !isNaN(data139)))){
const err206 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/targetPort",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/targetPort/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
var _valid1 = _errs318 === errors;
valid53 = valid53 || _valid1;
}
if(!valid53){
const err207 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/targetPort",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/targetPort/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
else {
errors = _errs315;
if(vErrors !== null){
if(_errs315){
vErrors.length = _errs315;
}
else {
vErrors = null;
}
}
}
}
if(data21.tlsConfig !== undefined){
let data140 = data21.tlsConfig;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
for(const key32 in data140){
if(!(((((((key32 === "ca") || (key32 === "cert")) || (key32 === "insecureSkipVerify")) || (key32 === "keySecret")) || (key32 === "maxVersion")) || (key32 === "minVersion")) || (key32 === "serverName"))){
const err208 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data140.ca !== undefined){
let data141 = data140.ca;
if(data141 && typeof data141 == "object" && !Array.isArray(data141)){
for(const key33 in data141){
if(!((key33 === "configMap") || (key33 === "secret"))){
const err209 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/ca",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/ca/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data141.configMap !== undefined){
let data142 = data141.configMap;
if(data142 && typeof data142 == "object" && !Array.isArray(data142)){
if(data142.key === undefined){
const err210 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/ca/configMap",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/ca/properties/configMap/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
for(const key34 in data142){
if(!(((key34 === "key") || (key34 === "name")) || (key34 === "optional"))){
const err211 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/ca/configMap",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/ca/properties/configMap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data142.key !== undefined){
if(typeof data142.key !== "string"){
const err212 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/ca/configMap/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/ca/properties/configMap/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data142.name !== undefined){
if(typeof data142.name !== "string"){
const err213 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/ca/configMap/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/ca/properties/configMap/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
if(data142.optional !== undefined){
if(typeof data142.optional !== "boolean"){
const err214 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/ca/configMap/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/ca/properties/configMap/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
}
else {
const err215 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/ca/configMap",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/ca/properties/configMap/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data141.secret !== undefined){
let data146 = data141.secret;
if(data146 && typeof data146 == "object" && !Array.isArray(data146)){
if(data146.key === undefined){
const err216 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/ca/secret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/ca/properties/secret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
for(const key35 in data146){
if(!(((key35 === "key") || (key35 === "name")) || (key35 === "optional"))){
const err217 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/ca/secret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/ca/properties/secret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data146.key !== undefined){
if(typeof data146.key !== "string"){
const err218 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/ca/secret/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/ca/properties/secret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data146.name !== undefined){
if(typeof data146.name !== "string"){
const err219 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/ca/secret/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/ca/properties/secret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data146.optional !== undefined){
if(typeof data146.optional !== "boolean"){
const err220 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/ca/secret/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/ca/properties/secret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
}
else {
const err221 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/ca/secret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/ca/properties/secret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
}
else {
const err222 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/ca",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/ca/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data140.cert !== undefined){
let data150 = data140.cert;
if(data150 && typeof data150 == "object" && !Array.isArray(data150)){
for(const key36 in data150){
if(!((key36 === "configMap") || (key36 === "secret"))){
const err223 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/cert",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/cert/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
if(data150.configMap !== undefined){
let data151 = data150.configMap;
if(data151 && typeof data151 == "object" && !Array.isArray(data151)){
if(data151.key === undefined){
const err224 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/cert/configMap",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/cert/properties/configMap/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
for(const key37 in data151){
if(!(((key37 === "key") || (key37 === "name")) || (key37 === "optional"))){
const err225 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/cert/configMap",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/cert/properties/configMap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data151.key !== undefined){
if(typeof data151.key !== "string"){
const err226 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/cert/configMap/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/cert/properties/configMap/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
if(data151.name !== undefined){
if(typeof data151.name !== "string"){
const err227 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/cert/configMap/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/cert/properties/configMap/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data151.optional !== undefined){
if(typeof data151.optional !== "boolean"){
const err228 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/cert/configMap/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/cert/properties/configMap/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
}
else {
const err229 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/cert/configMap",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/cert/properties/configMap/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data150.secret !== undefined){
let data155 = data150.secret;
if(data155 && typeof data155 == "object" && !Array.isArray(data155)){
if(data155.key === undefined){
const err230 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/cert/secret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/cert/properties/secret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
for(const key38 in data155){
if(!(((key38 === "key") || (key38 === "name")) || (key38 === "optional"))){
const err231 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/cert/secret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/cert/properties/secret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data155.key !== undefined){
if(typeof data155.key !== "string"){
const err232 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/cert/secret/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/cert/properties/secret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
if(data155.name !== undefined){
if(typeof data155.name !== "string"){
const err233 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/cert/secret/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/cert/properties/secret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data155.optional !== undefined){
if(typeof data155.optional !== "boolean"){
const err234 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/cert/secret/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/cert/properties/secret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
}
else {
const err235 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/cert/secret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/cert/properties/secret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
}
else {
const err236 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/cert",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/cert/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data140.insecureSkipVerify !== undefined){
if(typeof data140.insecureSkipVerify !== "boolean"){
const err237 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/insecureSkipVerify",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/insecureSkipVerify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data140.keySecret !== undefined){
let data160 = data140.keySecret;
if(data160 && typeof data160 == "object" && !Array.isArray(data160)){
if(data160.key === undefined){
const err238 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/keySecret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/keySecret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
for(const key39 in data160){
if(!(((key39 === "key") || (key39 === "name")) || (key39 === "optional"))){
const err239 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/keySecret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/keySecret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data160.key !== undefined){
if(typeof data160.key !== "string"){
const err240 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/keySecret/key",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/keySecret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
if(data160.name !== undefined){
if(typeof data160.name !== "string"){
const err241 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/keySecret/name",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/keySecret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data160.optional !== undefined){
if(typeof data160.optional !== "boolean"){
const err242 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/keySecret/optional",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/keySecret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
}
else {
const err243 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/keySecret",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/keySecret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data140.maxVersion !== undefined){
let data164 = data140.maxVersion;
if(typeof data164 !== "string"){
const err244 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/maxVersion",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/maxVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
if(!((((data164 === "TLS10") || (data164 === "TLS11")) || (data164 === "TLS12")) || (data164 === "TLS13"))){
const err245 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/maxVersion",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/maxVersion/enum",keyword:"enum",params:{allowedValues: schema812.properties.spec.properties.podMetricsEndpoints.items.properties.tlsConfig.properties.maxVersion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
if(data140.minVersion !== undefined){
let data165 = data140.minVersion;
if(typeof data165 !== "string"){
const err246 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/minVersion",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/minVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
if(!((((data165 === "TLS10") || (data165 === "TLS11")) || (data165 === "TLS12")) || (data165 === "TLS13"))){
const err247 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/minVersion",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/minVersion/enum",keyword:"enum",params:{allowedValues: schema812.properties.spec.properties.podMetricsEndpoints.items.properties.tlsConfig.properties.minVersion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data140.serverName !== undefined){
if(typeof data140.serverName !== "string"){
const err248 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig/serverName",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/properties/serverName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
}
else {
const err249 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/tlsConfig",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/tlsConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
if(data21.trackTimestampsStaleness !== undefined){
if(typeof data21.trackTimestampsStaleness !== "boolean"){
const err250 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1+"/trackTimestampsStaleness",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/properties/trackTimestampsStaleness/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
}
else {
const err251 = {instancePath:instancePath+"/spec/podMetricsEndpoints/" + i1,schemaPath:"#/properties/spec/properties/podMetricsEndpoints/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
}
else {
const err252 = {instancePath:instancePath+"/spec/podMetricsEndpoints",schemaPath:"#/properties/spec/properties/podMetricsEndpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data3.podTargetLabels !== undefined){
let data168 = data3.podTargetLabels;
if(Array.isArray(data168)){
const len10 = data168.length;
for(let i10=0; i10<len10; i10++){
if(typeof data168[i10] !== "string"){
const err253 = {instancePath:instancePath+"/spec/podTargetLabels/" + i10,schemaPath:"#/properties/spec/properties/podTargetLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
}
else {
const err254 = {instancePath:instancePath+"/spec/podTargetLabels",schemaPath:"#/properties/spec/properties/podTargetLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
if(data3.sampleLimit !== undefined){
let data170 = data3.sampleLimit;
if(!((typeof data170 == "number") && (!(data170 % 1) && !isNaN(data170)))){
const err255 = {instancePath:instancePath+"/spec/sampleLimit",schemaPath:"#/properties/spec/properties/sampleLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
if(typeof data170 == "number"){
if(data170 < 0 || isNaN(data170)){
const err256 = {instancePath:instancePath+"/spec/sampleLimit",schemaPath:"#/properties/spec/properties/sampleLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
}
if(data3.scrapeClass !== undefined){
let data171 = data3.scrapeClass;
if(typeof data171 === "string"){
if(func61(data171) < 1){
const err257 = {instancePath:instancePath+"/spec/scrapeClass",schemaPath:"#/properties/spec/properties/scrapeClass/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
else {
const err258 = {instancePath:instancePath+"/spec/scrapeClass",schemaPath:"#/properties/spec/properties/scrapeClass/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data3.scrapeClassicHistograms !== undefined){
if(typeof data3.scrapeClassicHistograms !== "boolean"){
const err259 = {instancePath:instancePath+"/spec/scrapeClassicHistograms",schemaPath:"#/properties/spec/properties/scrapeClassicHistograms/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
if(data3.scrapeNativeHistograms !== undefined){
if(typeof data3.scrapeNativeHistograms !== "boolean"){
const err260 = {instancePath:instancePath+"/spec/scrapeNativeHistograms",schemaPath:"#/properties/spec/properties/scrapeNativeHistograms/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
if(data3.scrapeProtocols !== undefined){
let data174 = data3.scrapeProtocols;
if(Array.isArray(data174)){
const len11 = data174.length;
for(let i11=0; i11<len11; i11++){
let data175 = data174[i11];
if(typeof data175 !== "string"){
const err261 = {instancePath:instancePath+"/spec/scrapeProtocols/" + i11,schemaPath:"#/properties/spec/properties/scrapeProtocols/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
if(!(((((data175 === "PrometheusProto") || (data175 === "OpenMetricsText0.0.1")) || (data175 === "OpenMetricsText1.0.0")) || (data175 === "PrometheusText0.0.4")) || (data175 === "PrometheusText1.0.0"))){
const err262 = {instancePath:instancePath+"/spec/scrapeProtocols/" + i11,schemaPath:"#/properties/spec/properties/scrapeProtocols/items/enum",keyword:"enum",params:{allowedValues: schema812.properties.spec.properties.scrapeProtocols.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
}
else {
const err263 = {instancePath:instancePath+"/spec/scrapeProtocols",schemaPath:"#/properties/spec/properties/scrapeProtocols/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data3.selector !== undefined){
let data176 = data3.selector;
if(data176 && typeof data176 == "object" && !Array.isArray(data176)){
for(const key40 in data176){
if(!((key40 === "matchExpressions") || (key40 === "matchLabels"))){
const err264 = {instancePath:instancePath+"/spec/selector",schemaPath:"#/properties/spec/properties/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data176.matchExpressions !== undefined){
let data177 = data176.matchExpressions;
if(Array.isArray(data177)){
const len12 = data177.length;
for(let i12=0; i12<len12; i12++){
let data178 = data177[i12];
if(data178 && typeof data178 == "object" && !Array.isArray(data178)){
if(data178.key === undefined){
const err265 = {instancePath:instancePath+"/spec/selector/matchExpressions/" + i12,schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
if(data178.operator === undefined){
const err266 = {instancePath:instancePath+"/spec/selector/matchExpressions/" + i12,schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/items/required",keyword:"required",params:{missingProperty: "operator"},message:"must have required property '"+"operator"+"'"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
for(const key41 in data178){
if(!(((key41 === "key") || (key41 === "operator")) || (key41 === "values"))){
const err267 = {instancePath:instancePath+"/spec/selector/matchExpressions/" + i12,schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
if(data178.key !== undefined){
if(typeof data178.key !== "string"){
const err268 = {instancePath:instancePath+"/spec/selector/matchExpressions/" + i12+"/key",schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
if(data178.operator !== undefined){
if(typeof data178.operator !== "string"){
const err269 = {instancePath:instancePath+"/spec/selector/matchExpressions/" + i12+"/operator",schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/items/properties/operator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data178.values !== undefined){
let data181 = data178.values;
if(Array.isArray(data181)){
const len13 = data181.length;
for(let i13=0; i13<len13; i13++){
if(typeof data181[i13] !== "string"){
const err270 = {instancePath:instancePath+"/spec/selector/matchExpressions/" + i12+"/values/" + i13,schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/items/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
}
else {
const err271 = {instancePath:instancePath+"/spec/selector/matchExpressions/" + i12+"/values",schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/items/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
}
else {
const err272 = {instancePath:instancePath+"/spec/selector/matchExpressions/" + i12,schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
}
else {
const err273 = {instancePath:instancePath+"/spec/selector/matchExpressions",schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
if(data176.matchLabels !== undefined){
let data183 = data176.matchLabels;
if(data183 && typeof data183 == "object" && !Array.isArray(data183)){
for(const key42 in data183){
if(typeof data183[key42] !== "string"){
const err274 = {instancePath:instancePath+"/spec/selector/matchLabels/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/selector/properties/matchLabels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
}
else {
const err275 = {instancePath:instancePath+"/spec/selector/matchLabels",schemaPath:"#/properties/spec/properties/selector/properties/matchLabels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
}
else {
const err276 = {instancePath:instancePath+"/spec/selector",schemaPath:"#/properties/spec/properties/selector/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
if(data3.selectorMechanism !== undefined){
let data185 = data3.selectorMechanism;
if(typeof data185 !== "string"){
const err277 = {instancePath:instancePath+"/spec/selectorMechanism",schemaPath:"#/properties/spec/properties/selectorMechanism/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
if(!((data185 === "RelabelConfig") || (data185 === "RoleSelector"))){
const err278 = {instancePath:instancePath+"/spec/selectorMechanism",schemaPath:"#/properties/spec/properties/selectorMechanism/enum",keyword:"enum",params:{allowedValues: schema812.properties.spec.properties.selectorMechanism.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
if(data3.targetLimit !== undefined){
let data186 = data3.targetLimit;
if(!((typeof data186 == "number") && (!(data186 % 1) && !isNaN(data186)))){
const err279 = {instancePath:instancePath+"/spec/targetLimit",schemaPath:"#/properties/spec/properties/targetLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
if(typeof data186 == "number"){
if(data186 < 0 || isNaN(data186)){
const err280 = {instancePath:instancePath+"/spec/targetLimit",schemaPath:"#/properties/spec/properties/targetLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
}
}
else {
const err281 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
}
else {
const err282 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
validate2118.errors = vErrors;
return errors === 0;
}
