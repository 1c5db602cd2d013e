"use strict";
module.exports = validate2132;
module.exports.default = validate2132;
const schema816 = {"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},"spec":{"properties":{"attachMetadata":{"properties":{"node":{"type":"boolean"}},"type":"object","additionalProperties":false},"bodySizeLimit":{"pattern":"(^0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$","type":"string"},"convertClassicHistogramsToNHCB":{"type":"boolean"},"endpoints":{"items":{"properties":{"authorization":{"properties":{"credentials":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"type":{"type":"string"}},"type":"object","additionalProperties":false},"basicAuth":{"properties":{"password":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"username":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"bearerTokenFile":{"type":"string"},"bearerTokenSecret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"enableHttp2":{"type":"boolean"},"filterRunning":{"type":"boolean"},"followRedirects":{"type":"boolean"},"honorLabels":{"type":"boolean"},"honorTimestamps":{"type":"boolean"},"interval":{"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"metricRelabelings":{"items":{"properties":{"action":{"default":"replace","enum":["replace","Replace","keep","Keep","drop","Drop","hashmod","HashMod","labelmap","LabelMap","labeldrop","LabelDrop","labelkeep","LabelKeep","lowercase","Lowercase","uppercase","Uppercase","keepequal","KeepEqual","dropequal","DropEqual"],"type":"string"},"modulus":{"format":"int64","minimum":0,"type":"integer"},"regex":{"type":"string"},"replacement":{"type":"string"},"separator":{"type":"string"},"sourceLabels":{"items":{"type":"string"},"type":"array"},"targetLabel":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"noProxy":{"type":"string"},"oauth2":{"properties":{"clientId":{"properties":{"configMap":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"secret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"clientSecret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"endpointParams":{"additionalProperties":{"type":"string"},"type":"object"},"noProxy":{"type":"string"},"proxyConnectHeader":{"additionalProperties":{"items":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"type":"array"},"type":"object"},"proxyFromEnvironment":{"type":"boolean"},"proxyUrl":{"pattern":"^(http|https|socks5)://.+$","type":"string"},"scopes":{"items":{"type":"string"},"type":"array"},"tlsConfig":{"properties":{"ca":{"properties":{"configMap":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"secret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"cert":{"properties":{"configMap":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"secret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"insecureSkipVerify":{"type":"boolean"},"keySecret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"maxVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"minVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"serverName":{"type":"string"}},"type":"object","additionalProperties":false},"tokenUrl":{"pattern":"^(http|https)://.+$","type":"string"}},"required":["clientId","clientSecret","tokenUrl"],"type":"object","additionalProperties":false},"params":{"additionalProperties":{"items":{"type":"string"},"type":"array"},"type":"object"},"path":{"type":"string"},"port":{"type":"string"},"proxyConnectHeader":{"additionalProperties":{"items":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"type":"array"},"type":"object"},"proxyFromEnvironment":{"type":"boolean"},"proxyUrl":{"pattern":"^(http|https|socks5)://.+$","type":"string"},"relabelings":{"items":{"properties":{"action":{"default":"replace","enum":["replace","Replace","keep","Keep","drop","Drop","hashmod","HashMod","labelmap","LabelMap","labeldrop","LabelDrop","labelkeep","LabelKeep","lowercase","Lowercase","uppercase","Uppercase","keepequal","KeepEqual","dropequal","DropEqual"],"type":"string"},"modulus":{"format":"int64","minimum":0,"type":"integer"},"regex":{"type":"string"},"replacement":{"type":"string"},"separator":{"type":"string"},"sourceLabels":{"items":{"type":"string"},"type":"array"},"targetLabel":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"scheme":{"enum":["http","https","HTTP","HTTPS"],"type":"string"},"scrapeTimeout":{"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"targetPort":{"anyOf":[{"type":"string"},{"type":"integer"}]},"tlsConfig":{"properties":{"ca":{"properties":{"configMap":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"secret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"caFile":{"type":"string"},"cert":{"properties":{"configMap":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"secret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"certFile":{"type":"string"},"insecureSkipVerify":{"type":"boolean"},"keyFile":{"type":"string"},"keySecret":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"maxVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"minVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"serverName":{"type":"string"}},"type":"object","additionalProperties":false},"trackTimestampsStaleness":{"type":"boolean"}},"type":"object","additionalProperties":false},"type":"array"},"fallbackScrapeProtocol":{"enum":["PrometheusProto","OpenMetricsText0.0.1","OpenMetricsText1.0.0","PrometheusText0.0.4","PrometheusText1.0.0"],"type":"string"},"jobLabel":{"type":"string"},"keepDroppedTargets":{"format":"int64","minimum":0,"type":"integer"},"labelLimit":{"format":"int64","minimum":0,"type":"integer"},"labelNameLengthLimit":{"format":"int64","minimum":0,"type":"integer"},"labelValueLengthLimit":{"format":"int64","minimum":0,"type":"integer"},"namespaceSelector":{"properties":{"any":{"type":"boolean"},"matchNames":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false},"nativeHistogramBucketLimit":{"format":"int64","minimum":0,"type":"integer"},"nativeHistogramMinBucketFactor":{"anyOf":[{"type":"string"},{"type":"integer"}]},"podTargetLabels":{"items":{"type":"string"},"type":"array"},"sampleLimit":{"format":"int64","minimum":0,"type":"integer"},"scrapeClass":{"minLength":1,"type":"string"},"scrapeClassicHistograms":{"type":"boolean"},"scrapeNativeHistograms":{"type":"boolean"},"scrapeProtocols":{"items":{"enum":["PrometheusProto","OpenMetricsText0.0.1","OpenMetricsText1.0.0","PrometheusText0.0.4","PrometheusText1.0.0"],"type":"string"},"type":"array"},"selector":{"properties":{"matchExpressions":{"items":{"properties":{"key":{"type":"string"},"operator":{"type":"string"},"values":{"items":{"type":"string"},"type":"array"}},"required":["key","operator"],"type":"object","additionalProperties":false},"type":"array"},"matchLabels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object","additionalProperties":false},"selectorMechanism":{"enum":["RelabelConfig","RoleSelector"],"type":"string"},"serviceDiscoveryRole":{"enum":["Endpoints","EndpointSlice"],"type":"string"},"targetLabels":{"items":{"type":"string"},"type":"array"},"targetLimit":{"format":"int64","minimum":0,"type":"integer"}},"required":["endpoints","selector"],"type":"object","additionalProperties":false}},"required":["spec"],"type":"object","additionalProperties":false};
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


function validate2133(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate2133.errors = vErrors;
return errors === 0;
}

const func61 = require("ajv/dist/runtime/ucs2length").default;
const pattern157 = new RegExp("(^0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$", "u");
const pattern158 = new RegExp("^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$", "u");
const pattern159 = new RegExp("^(http|https|socks5)://.+$", "u");
const pattern160 = new RegExp("^(http|https)://.+$", "u");

function validate2132(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate2133(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate2133.errors : vErrors.concat(validate2133.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
let data3 = data.spec;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.endpoints === undefined){
const err4 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "endpoints"},message:"must have required property '"+"endpoints"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3.selector === undefined){
const err5 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "selector"},message:"must have required property '"+"selector"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data3){
if(!(func2.call(schema816.properties.spec.properties, key1))){
const err6 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data3.attachMetadata !== undefined){
let data4 = data3.attachMetadata;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!(key2 === "node")){
const err7 = {instancePath:instancePath+"/spec/attachMetadata",schemaPath:"#/properties/spec/properties/attachMetadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.node !== undefined){
if(typeof data4.node !== "boolean"){
const err8 = {instancePath:instancePath+"/spec/attachMetadata/node",schemaPath:"#/properties/spec/properties/attachMetadata/properties/node/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err9 = {instancePath:instancePath+"/spec/attachMetadata",schemaPath:"#/properties/spec/properties/attachMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.bodySizeLimit !== undefined){
let data6 = data3.bodySizeLimit;
if(typeof data6 === "string"){
if(!pattern157.test(data6)){
const err10 = {instancePath:instancePath+"/spec/bodySizeLimit",schemaPath:"#/properties/spec/properties/bodySizeLimit/pattern",keyword:"pattern",params:{pattern: "(^0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$"},message:"must match pattern \""+"(^0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/spec/bodySizeLimit",schemaPath:"#/properties/spec/properties/bodySizeLimit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.convertClassicHistogramsToNHCB !== undefined){
if(typeof data3.convertClassicHistogramsToNHCB !== "boolean"){
const err12 = {instancePath:instancePath+"/spec/convertClassicHistogramsToNHCB",schemaPath:"#/properties/spec/properties/convertClassicHistogramsToNHCB/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.endpoints !== undefined){
let data8 = data3.endpoints;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key3 in data9){
if(!(func2.call(schema816.properties.spec.properties.endpoints.items.properties, key3))){
const err13 = {instancePath:instancePath+"/spec/endpoints/" + i0,schemaPath:"#/properties/spec/properties/endpoints/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data9.authorization !== undefined){
let data10 = data9.authorization;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key4 in data10){
if(!((key4 === "credentials") || (key4 === "type"))){
const err14 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/authorization",schemaPath:"#/properties/spec/properties/endpoints/items/properties/authorization/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data10.credentials !== undefined){
let data11 = data10.credentials;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.key === undefined){
const err15 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/authorization/credentials",schemaPath:"#/properties/spec/properties/endpoints/items/properties/authorization/properties/credentials/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key5 in data11){
if(!(((key5 === "key") || (key5 === "name")) || (key5 === "optional"))){
const err16 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/authorization/credentials",schemaPath:"#/properties/spec/properties/endpoints/items/properties/authorization/properties/credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data11.key !== undefined){
if(typeof data11.key !== "string"){
const err17 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/authorization/credentials/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/authorization/properties/credentials/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data11.name !== undefined){
if(typeof data11.name !== "string"){
const err18 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/authorization/credentials/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/authorization/properties/credentials/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data11.optional !== undefined){
if(typeof data11.optional !== "boolean"){
const err19 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/authorization/credentials/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/authorization/properties/credentials/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/authorization/credentials",schemaPath:"#/properties/spec/properties/endpoints/items/properties/authorization/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data10.type !== undefined){
if(typeof data10.type !== "string"){
const err21 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/authorization/type",schemaPath:"#/properties/spec/properties/endpoints/items/properties/authorization/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/authorization",schemaPath:"#/properties/spec/properties/endpoints/items/properties/authorization/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.basicAuth !== undefined){
let data16 = data9.basicAuth;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key6 in data16){
if(!((key6 === "password") || (key6 === "username"))){
const err23 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/basicAuth",schemaPath:"#/properties/spec/properties/endpoints/items/properties/basicAuth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data16.password !== undefined){
let data17 = data16.password;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.key === undefined){
const err24 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/basicAuth/password",schemaPath:"#/properties/spec/properties/endpoints/items/properties/basicAuth/properties/password/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key7 in data17){
if(!(((key7 === "key") || (key7 === "name")) || (key7 === "optional"))){
const err25 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/basicAuth/password",schemaPath:"#/properties/spec/properties/endpoints/items/properties/basicAuth/properties/password/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data17.key !== undefined){
if(typeof data17.key !== "string"){
const err26 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/basicAuth/password/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/basicAuth/properties/password/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data17.name !== undefined){
if(typeof data17.name !== "string"){
const err27 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/basicAuth/password/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/basicAuth/properties/password/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data17.optional !== undefined){
if(typeof data17.optional !== "boolean"){
const err28 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/basicAuth/password/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/basicAuth/properties/password/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/basicAuth/password",schemaPath:"#/properties/spec/properties/endpoints/items/properties/basicAuth/properties/password/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data16.username !== undefined){
let data21 = data16.username;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.key === undefined){
const err30 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/basicAuth/username",schemaPath:"#/properties/spec/properties/endpoints/items/properties/basicAuth/properties/username/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key8 in data21){
if(!(((key8 === "key") || (key8 === "name")) || (key8 === "optional"))){
const err31 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/basicAuth/username",schemaPath:"#/properties/spec/properties/endpoints/items/properties/basicAuth/properties/username/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data21.key !== undefined){
if(typeof data21.key !== "string"){
const err32 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/basicAuth/username/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/basicAuth/properties/username/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data21.name !== undefined){
if(typeof data21.name !== "string"){
const err33 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/basicAuth/username/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/basicAuth/properties/username/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data21.optional !== undefined){
if(typeof data21.optional !== "boolean"){
const err34 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/basicAuth/username/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/basicAuth/properties/username/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/basicAuth/username",schemaPath:"#/properties/spec/properties/endpoints/items/properties/basicAuth/properties/username/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/basicAuth",schemaPath:"#/properties/spec/properties/endpoints/items/properties/basicAuth/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data9.bearerTokenFile !== undefined){
if(typeof data9.bearerTokenFile !== "string"){
const err37 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/bearerTokenFile",schemaPath:"#/properties/spec/properties/endpoints/items/properties/bearerTokenFile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data9.bearerTokenSecret !== undefined){
let data26 = data9.bearerTokenSecret;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.key === undefined){
const err38 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/bearerTokenSecret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/bearerTokenSecret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key9 in data26){
if(!(((key9 === "key") || (key9 === "name")) || (key9 === "optional"))){
const err39 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/bearerTokenSecret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/bearerTokenSecret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data26.key !== undefined){
if(typeof data26.key !== "string"){
const err40 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/bearerTokenSecret/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/bearerTokenSecret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data26.name !== undefined){
if(typeof data26.name !== "string"){
const err41 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/bearerTokenSecret/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/bearerTokenSecret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data26.optional !== undefined){
if(typeof data26.optional !== "boolean"){
const err42 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/bearerTokenSecret/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/bearerTokenSecret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/bearerTokenSecret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/bearerTokenSecret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data9.enableHttp2 !== undefined){
if(typeof data9.enableHttp2 !== "boolean"){
const err44 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/enableHttp2",schemaPath:"#/properties/spec/properties/endpoints/items/properties/enableHttp2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data9.filterRunning !== undefined){
if(typeof data9.filterRunning !== "boolean"){
const err45 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/filterRunning",schemaPath:"#/properties/spec/properties/endpoints/items/properties/filterRunning/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data9.followRedirects !== undefined){
if(typeof data9.followRedirects !== "boolean"){
const err46 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/followRedirects",schemaPath:"#/properties/spec/properties/endpoints/items/properties/followRedirects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data9.honorLabels !== undefined){
if(typeof data9.honorLabels !== "boolean"){
const err47 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/honorLabels",schemaPath:"#/properties/spec/properties/endpoints/items/properties/honorLabels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data9.honorTimestamps !== undefined){
if(typeof data9.honorTimestamps !== "boolean"){
const err48 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/honorTimestamps",schemaPath:"#/properties/spec/properties/endpoints/items/properties/honorTimestamps/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data9.interval !== undefined){
let data35 = data9.interval;
if(typeof data35 === "string"){
if(!pattern158.test(data35)){
const err49 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/interval",schemaPath:"#/properties/spec/properties/endpoints/items/properties/interval/pattern",keyword:"pattern",params:{pattern: "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"},message:"must match pattern \""+"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/interval",schemaPath:"#/properties/spec/properties/endpoints/items/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data9.metricRelabelings !== undefined){
let data36 = data9.metricRelabelings;
if(Array.isArray(data36)){
const len1 = data36.length;
for(let i1=0; i1<len1; i1++){
let data37 = data36[i1];
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key10 in data37){
if(!(((((((key10 === "action") || (key10 === "modulus")) || (key10 === "regex")) || (key10 === "replacement")) || (key10 === "separator")) || (key10 === "sourceLabels")) || (key10 === "targetLabel"))){
const err51 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/metricRelabelings/" + i1,schemaPath:"#/properties/spec/properties/endpoints/items/properties/metricRelabelings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data37.action !== undefined){
let data38 = data37.action;
if(typeof data38 !== "string"){
const err52 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/metricRelabelings/" + i1+"/action",schemaPath:"#/properties/spec/properties/endpoints/items/properties/metricRelabelings/items/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!((((((((((((((((((((((data38 === "replace") || (data38 === "Replace")) || (data38 === "keep")) || (data38 === "Keep")) || (data38 === "drop")) || (data38 === "Drop")) || (data38 === "hashmod")) || (data38 === "HashMod")) || (data38 === "labelmap")) || (data38 === "LabelMap")) || (data38 === "labeldrop")) || (data38 === "LabelDrop")) || (data38 === "labelkeep")) || (data38 === "LabelKeep")) || (data38 === "lowercase")) || (data38 === "Lowercase")) || (data38 === "uppercase")) || (data38 === "Uppercase")) || (data38 === "keepequal")) || (data38 === "KeepEqual")) || (data38 === "dropequal")) || (data38 === "DropEqual"))){
const err53 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/metricRelabelings/" + i1+"/action",schemaPath:"#/properties/spec/properties/endpoints/items/properties/metricRelabelings/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema816.properties.spec.properties.endpoints.items.properties.metricRelabelings.items.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data37.modulus !== undefined){
let data39 = data37.modulus;
if(!((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39)))){
const err54 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/metricRelabelings/" + i1+"/modulus",schemaPath:"#/properties/spec/properties/endpoints/items/properties/metricRelabelings/items/properties/modulus/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(typeof data39 == "number"){
if(data39 < 0 || isNaN(data39)){
const err55 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/metricRelabelings/" + i1+"/modulus",schemaPath:"#/properties/spec/properties/endpoints/items/properties/metricRelabelings/items/properties/modulus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data37.regex !== undefined){
if(typeof data37.regex !== "string"){
const err56 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/metricRelabelings/" + i1+"/regex",schemaPath:"#/properties/spec/properties/endpoints/items/properties/metricRelabelings/items/properties/regex/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data37.replacement !== undefined){
if(typeof data37.replacement !== "string"){
const err57 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/metricRelabelings/" + i1+"/replacement",schemaPath:"#/properties/spec/properties/endpoints/items/properties/metricRelabelings/items/properties/replacement/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data37.separator !== undefined){
if(typeof data37.separator !== "string"){
const err58 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/metricRelabelings/" + i1+"/separator",schemaPath:"#/properties/spec/properties/endpoints/items/properties/metricRelabelings/items/properties/separator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data37.sourceLabels !== undefined){
let data43 = data37.sourceLabels;
if(Array.isArray(data43)){
const len2 = data43.length;
for(let i2=0; i2<len2; i2++){
if(typeof data43[i2] !== "string"){
const err59 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/metricRelabelings/" + i1+"/sourceLabels/" + i2,schemaPath:"#/properties/spec/properties/endpoints/items/properties/metricRelabelings/items/properties/sourceLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/metricRelabelings/" + i1+"/sourceLabels",schemaPath:"#/properties/spec/properties/endpoints/items/properties/metricRelabelings/items/properties/sourceLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data37.targetLabel !== undefined){
if(typeof data37.targetLabel !== "string"){
const err61 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/metricRelabelings/" + i1+"/targetLabel",schemaPath:"#/properties/spec/properties/endpoints/items/properties/metricRelabelings/items/properties/targetLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err62 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/metricRelabelings/" + i1,schemaPath:"#/properties/spec/properties/endpoints/items/properties/metricRelabelings/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/metricRelabelings",schemaPath:"#/properties/spec/properties/endpoints/items/properties/metricRelabelings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data9.noProxy !== undefined){
if(typeof data9.noProxy !== "string"){
const err64 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/noProxy",schemaPath:"#/properties/spec/properties/endpoints/items/properties/noProxy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data9.oauth2 !== undefined){
let data47 = data9.oauth2;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.clientId === undefined){
const err65 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/required",keyword:"required",params:{missingProperty: "clientId"},message:"must have required property '"+"clientId"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data47.clientSecret === undefined){
const err66 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/required",keyword:"required",params:{missingProperty: "clientSecret"},message:"must have required property '"+"clientSecret"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data47.tokenUrl === undefined){
const err67 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/required",keyword:"required",params:{missingProperty: "tokenUrl"},message:"must have required property '"+"tokenUrl"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key11 in data47){
if(!(func2.call(schema816.properties.spec.properties.endpoints.items.properties.oauth2.properties, key11))){
const err68 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data47.clientId !== undefined){
let data48 = data47.clientId;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key12 in data48){
if(!((key12 === "configMap") || (key12 === "secret"))){
const err69 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientId",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientId/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data48.configMap !== undefined){
let data49 = data48.configMap;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.key === undefined){
const err70 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientId/configMap",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientId/properties/configMap/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
for(const key13 in data49){
if(!(((key13 === "key") || (key13 === "name")) || (key13 === "optional"))){
const err71 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientId/configMap",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientId/properties/configMap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data49.key !== undefined){
if(typeof data49.key !== "string"){
const err72 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientId/configMap/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientId/properties/configMap/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data49.name !== undefined){
if(typeof data49.name !== "string"){
const err73 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientId/configMap/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientId/properties/configMap/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data49.optional !== undefined){
if(typeof data49.optional !== "boolean"){
const err74 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientId/configMap/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientId/properties/configMap/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
else {
const err75 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientId/configMap",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientId/properties/configMap/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data48.secret !== undefined){
let data53 = data48.secret;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.key === undefined){
const err76 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientId/secret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientId/properties/secret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key14 in data53){
if(!(((key14 === "key") || (key14 === "name")) || (key14 === "optional"))){
const err77 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientId/secret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientId/properties/secret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data53.key !== undefined){
if(typeof data53.key !== "string"){
const err78 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientId/secret/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientId/properties/secret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data53.name !== undefined){
if(typeof data53.name !== "string"){
const err79 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientId/secret/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientId/properties/secret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data53.optional !== undefined){
if(typeof data53.optional !== "boolean"){
const err80 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientId/secret/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientId/properties/secret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err81 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientId/secret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientId/properties/secret/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err82 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientId",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientId/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data47.clientSecret !== undefined){
let data57 = data47.clientSecret;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
if(data57.key === undefined){
const err83 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientSecret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientSecret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
for(const key15 in data57){
if(!(((key15 === "key") || (key15 === "name")) || (key15 === "optional"))){
const err84 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientSecret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientSecret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data57.key !== undefined){
if(typeof data57.key !== "string"){
const err85 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientSecret/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientSecret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data57.name !== undefined){
if(typeof data57.name !== "string"){
const err86 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientSecret/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientSecret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data57.optional !== undefined){
if(typeof data57.optional !== "boolean"){
const err87 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientSecret/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientSecret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/clientSecret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/clientSecret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data47.endpointParams !== undefined){
let data61 = data47.endpointParams;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
for(const key16 in data61){
if(typeof data61[key16] !== "string"){
const err89 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/endpointParams/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/endpointParams/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/endpointParams",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/endpointParams/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data47.noProxy !== undefined){
if(typeof data47.noProxy !== "string"){
const err91 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/noProxy",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/noProxy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data47.proxyConnectHeader !== undefined){
let data64 = data47.proxyConnectHeader;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key17 in data64){
let data65 = data64[key17];
if(Array.isArray(data65)){
const len3 = data65.length;
for(let i3=0; i3<len3; i3++){
let data66 = data65[i3];
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
if(data66.key === undefined){
const err92 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/proxyConnectHeader/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/proxyConnectHeader/additionalProperties/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
for(const key18 in data66){
if(!(((key18 === "key") || (key18 === "name")) || (key18 === "optional"))){
const err93 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/proxyConnectHeader/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/proxyConnectHeader/additionalProperties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data66.key !== undefined){
if(typeof data66.key !== "string"){
const err94 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/proxyConnectHeader/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/proxyConnectHeader/additionalProperties/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data66.name !== undefined){
if(typeof data66.name !== "string"){
const err95 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/proxyConnectHeader/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/proxyConnectHeader/additionalProperties/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data66.optional !== undefined){
if(typeof data66.optional !== "boolean"){
const err96 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/proxyConnectHeader/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/proxyConnectHeader/additionalProperties/items/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/proxyConnectHeader/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/proxyConnectHeader/additionalProperties/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/proxyConnectHeader/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/proxyConnectHeader/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/proxyConnectHeader",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/proxyConnectHeader/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data47.proxyFromEnvironment !== undefined){
if(typeof data47.proxyFromEnvironment !== "boolean"){
const err100 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/proxyFromEnvironment",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/proxyFromEnvironment/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data47.proxyUrl !== undefined){
let data71 = data47.proxyUrl;
if(typeof data71 === "string"){
if(!pattern159.test(data71)){
const err101 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/proxyUrl",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/proxyUrl/pattern",keyword:"pattern",params:{pattern: "^(http|https|socks5)://.+$"},message:"must match pattern \""+"^(http|https|socks5)://.+$"+"\""};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/proxyUrl",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/proxyUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data47.scopes !== undefined){
let data72 = data47.scopes;
if(Array.isArray(data72)){
const len4 = data72.length;
for(let i4=0; i4<len4; i4++){
if(typeof data72[i4] !== "string"){
const err103 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/scopes/" + i4,schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
else {
const err104 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/scopes",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data47.tlsConfig !== undefined){
let data74 = data47.tlsConfig;
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
for(const key19 in data74){
if(!(((((((key19 === "ca") || (key19 === "cert")) || (key19 === "insecureSkipVerify")) || (key19 === "keySecret")) || (key19 === "maxVersion")) || (key19 === "minVersion")) || (key19 === "serverName"))){
const err105 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data74.ca !== undefined){
let data75 = data74.ca;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
for(const key20 in data75){
if(!((key20 === "configMap") || (key20 === "secret"))){
const err106 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/ca",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data75.configMap !== undefined){
let data76 = data75.configMap;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
if(data76.key === undefined){
const err107 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/ca/configMap",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/configMap/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
for(const key21 in data76){
if(!(((key21 === "key") || (key21 === "name")) || (key21 === "optional"))){
const err108 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/ca/configMap",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/configMap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data76.key !== undefined){
if(typeof data76.key !== "string"){
const err109 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/ca/configMap/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/configMap/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data76.name !== undefined){
if(typeof data76.name !== "string"){
const err110 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/ca/configMap/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/configMap/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data76.optional !== undefined){
if(typeof data76.optional !== "boolean"){
const err111 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/ca/configMap/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/configMap/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
else {
const err112 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/ca/configMap",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/configMap/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data75.secret !== undefined){
let data80 = data75.secret;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
if(data80.key === undefined){
const err113 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/ca/secret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/secret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
for(const key22 in data80){
if(!(((key22 === "key") || (key22 === "name")) || (key22 === "optional"))){
const err114 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/ca/secret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/secret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data80.key !== undefined){
if(typeof data80.key !== "string"){
const err115 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/ca/secret/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/secret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data80.name !== undefined){
if(typeof data80.name !== "string"){
const err116 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/ca/secret/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/secret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data80.optional !== undefined){
if(typeof data80.optional !== "boolean"){
const err117 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/ca/secret/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/secret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err118 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/ca/secret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/properties/secret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/ca",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/ca/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data74.cert !== undefined){
let data84 = data74.cert;
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
for(const key23 in data84){
if(!((key23 === "configMap") || (key23 === "secret"))){
const err120 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/cert",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data84.configMap !== undefined){
let data85 = data84.configMap;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
if(data85.key === undefined){
const err121 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/cert/configMap",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/configMap/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
for(const key24 in data85){
if(!(((key24 === "key") || (key24 === "name")) || (key24 === "optional"))){
const err122 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/cert/configMap",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/configMap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data85.key !== undefined){
if(typeof data85.key !== "string"){
const err123 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/cert/configMap/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/configMap/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data85.name !== undefined){
if(typeof data85.name !== "string"){
const err124 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/cert/configMap/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/configMap/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data85.optional !== undefined){
if(typeof data85.optional !== "boolean"){
const err125 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/cert/configMap/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/configMap/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
else {
const err126 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/cert/configMap",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/configMap/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data84.secret !== undefined){
let data89 = data84.secret;
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
if(data89.key === undefined){
const err127 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/cert/secret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/secret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
for(const key25 in data89){
if(!(((key25 === "key") || (key25 === "name")) || (key25 === "optional"))){
const err128 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/cert/secret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/secret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data89.key !== undefined){
if(typeof data89.key !== "string"){
const err129 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/cert/secret/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/secret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data89.name !== undefined){
if(typeof data89.name !== "string"){
const err130 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/cert/secret/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/secret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data89.optional !== undefined){
if(typeof data89.optional !== "boolean"){
const err131 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/cert/secret/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/secret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
else {
const err132 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/cert/secret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/properties/secret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
else {
const err133 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/cert",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/cert/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data74.insecureSkipVerify !== undefined){
if(typeof data74.insecureSkipVerify !== "boolean"){
const err134 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/insecureSkipVerify",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/insecureSkipVerify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data74.keySecret !== undefined){
let data94 = data74.keySecret;
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
if(data94.key === undefined){
const err135 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/keySecret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/keySecret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
for(const key26 in data94){
if(!(((key26 === "key") || (key26 === "name")) || (key26 === "optional"))){
const err136 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/keySecret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/keySecret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data94.key !== undefined){
if(typeof data94.key !== "string"){
const err137 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/keySecret/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/keySecret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data94.name !== undefined){
if(typeof data94.name !== "string"){
const err138 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/keySecret/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/keySecret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data94.optional !== undefined){
if(typeof data94.optional !== "boolean"){
const err139 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/keySecret/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/keySecret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
else {
const err140 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/keySecret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/keySecret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data74.maxVersion !== undefined){
let data98 = data74.maxVersion;
if(typeof data98 !== "string"){
const err141 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/maxVersion",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/maxVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(!((((data98 === "TLS10") || (data98 === "TLS11")) || (data98 === "TLS12")) || (data98 === "TLS13"))){
const err142 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/maxVersion",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/maxVersion/enum",keyword:"enum",params:{allowedValues: schema816.properties.spec.properties.endpoints.items.properties.oauth2.properties.tlsConfig.properties.maxVersion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data74.minVersion !== undefined){
let data99 = data74.minVersion;
if(typeof data99 !== "string"){
const err143 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/minVersion",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/minVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(!((((data99 === "TLS10") || (data99 === "TLS11")) || (data99 === "TLS12")) || (data99 === "TLS13"))){
const err144 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/minVersion",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/minVersion/enum",keyword:"enum",params:{allowedValues: schema816.properties.spec.properties.endpoints.items.properties.oauth2.properties.tlsConfig.properties.minVersion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data74.serverName !== undefined){
if(typeof data74.serverName !== "string"){
const err145 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig/serverName",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/properties/serverName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
else {
const err146 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tlsConfig",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tlsConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data47.tokenUrl !== undefined){
let data101 = data47.tokenUrl;
if(typeof data101 === "string"){
if(!pattern160.test(data101)){
const err147 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tokenUrl",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tokenUrl/pattern",keyword:"pattern",params:{pattern: "^(http|https)://.+$"},message:"must match pattern \""+"^(http|https)://.+$"+"\""};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2/tokenUrl",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
}
else {
const err149 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/oauth2",schemaPath:"#/properties/spec/properties/endpoints/items/properties/oauth2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data9.params !== undefined){
let data102 = data9.params;
if(data102 && typeof data102 == "object" && !Array.isArray(data102)){
for(const key27 in data102){
let data103 = data102[key27];
if(Array.isArray(data103)){
const len5 = data103.length;
for(let i5=0; i5<len5; i5++){
if(typeof data103[i5] !== "string"){
const err150 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/params/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i5,schemaPath:"#/properties/spec/properties/endpoints/items/properties/params/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err151 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/params/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/endpoints/items/properties/params/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err152 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/params",schemaPath:"#/properties/spec/properties/endpoints/items/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data9.path !== undefined){
if(typeof data9.path !== "string"){
const err153 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/path",schemaPath:"#/properties/spec/properties/endpoints/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data9.port !== undefined){
if(typeof data9.port !== "string"){
const err154 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/port",schemaPath:"#/properties/spec/properties/endpoints/items/properties/port/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data9.proxyConnectHeader !== undefined){
let data107 = data9.proxyConnectHeader;
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
for(const key28 in data107){
let data108 = data107[key28];
if(Array.isArray(data108)){
const len6 = data108.length;
for(let i6=0; i6<len6; i6++){
let data109 = data108[i6];
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
if(data109.key === undefined){
const err155 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/proxyConnectHeader/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i6,schemaPath:"#/properties/spec/properties/endpoints/items/properties/proxyConnectHeader/additionalProperties/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
for(const key29 in data109){
if(!(((key29 === "key") || (key29 === "name")) || (key29 === "optional"))){
const err156 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/proxyConnectHeader/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i6,schemaPath:"#/properties/spec/properties/endpoints/items/properties/proxyConnectHeader/additionalProperties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data109.key !== undefined){
if(typeof data109.key !== "string"){
const err157 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/proxyConnectHeader/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i6+"/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/proxyConnectHeader/additionalProperties/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data109.name !== undefined){
if(typeof data109.name !== "string"){
const err158 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/proxyConnectHeader/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i6+"/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/proxyConnectHeader/additionalProperties/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data109.optional !== undefined){
if(typeof data109.optional !== "boolean"){
const err159 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/proxyConnectHeader/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i6+"/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/proxyConnectHeader/additionalProperties/items/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
else {
const err160 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/proxyConnectHeader/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i6,schemaPath:"#/properties/spec/properties/endpoints/items/properties/proxyConnectHeader/additionalProperties/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/proxyConnectHeader/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/endpoints/items/properties/proxyConnectHeader/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/proxyConnectHeader",schemaPath:"#/properties/spec/properties/endpoints/items/properties/proxyConnectHeader/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data9.proxyFromEnvironment !== undefined){
if(typeof data9.proxyFromEnvironment !== "boolean"){
const err163 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/proxyFromEnvironment",schemaPath:"#/properties/spec/properties/endpoints/items/properties/proxyFromEnvironment/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data9.proxyUrl !== undefined){
let data114 = data9.proxyUrl;
if(typeof data114 === "string"){
if(!pattern159.test(data114)){
const err164 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/proxyUrl",schemaPath:"#/properties/spec/properties/endpoints/items/properties/proxyUrl/pattern",keyword:"pattern",params:{pattern: "^(http|https|socks5)://.+$"},message:"must match pattern \""+"^(http|https|socks5)://.+$"+"\""};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
else {
const err165 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/proxyUrl",schemaPath:"#/properties/spec/properties/endpoints/items/properties/proxyUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data9.relabelings !== undefined){
let data115 = data9.relabelings;
if(Array.isArray(data115)){
const len7 = data115.length;
for(let i7=0; i7<len7; i7++){
let data116 = data115[i7];
if(data116 && typeof data116 == "object" && !Array.isArray(data116)){
for(const key30 in data116){
if(!(((((((key30 === "action") || (key30 === "modulus")) || (key30 === "regex")) || (key30 === "replacement")) || (key30 === "separator")) || (key30 === "sourceLabels")) || (key30 === "targetLabel"))){
const err166 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/relabelings/" + i7,schemaPath:"#/properties/spec/properties/endpoints/items/properties/relabelings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data116.action !== undefined){
let data117 = data116.action;
if(typeof data117 !== "string"){
const err167 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/relabelings/" + i7+"/action",schemaPath:"#/properties/spec/properties/endpoints/items/properties/relabelings/items/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(!((((((((((((((((((((((data117 === "replace") || (data117 === "Replace")) || (data117 === "keep")) || (data117 === "Keep")) || (data117 === "drop")) || (data117 === "Drop")) || (data117 === "hashmod")) || (data117 === "HashMod")) || (data117 === "labelmap")) || (data117 === "LabelMap")) || (data117 === "labeldrop")) || (data117 === "LabelDrop")) || (data117 === "labelkeep")) || (data117 === "LabelKeep")) || (data117 === "lowercase")) || (data117 === "Lowercase")) || (data117 === "uppercase")) || (data117 === "Uppercase")) || (data117 === "keepequal")) || (data117 === "KeepEqual")) || (data117 === "dropequal")) || (data117 === "DropEqual"))){
const err168 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/relabelings/" + i7+"/action",schemaPath:"#/properties/spec/properties/endpoints/items/properties/relabelings/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema816.properties.spec.properties.endpoints.items.properties.relabelings.items.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data116.modulus !== undefined){
let data118 = data116.modulus;
if(!((typeof data118 == "number") && (!(data118 % 1) && !isNaN(data118)))){
const err169 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/relabelings/" + i7+"/modulus",schemaPath:"#/properties/spec/properties/endpoints/items/properties/relabelings/items/properties/modulus/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if(typeof data118 == "number"){
if(data118 < 0 || isNaN(data118)){
const err170 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/relabelings/" + i7+"/modulus",schemaPath:"#/properties/spec/properties/endpoints/items/properties/relabelings/items/properties/modulus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data116.regex !== undefined){
if(typeof data116.regex !== "string"){
const err171 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/relabelings/" + i7+"/regex",schemaPath:"#/properties/spec/properties/endpoints/items/properties/relabelings/items/properties/regex/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data116.replacement !== undefined){
if(typeof data116.replacement !== "string"){
const err172 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/relabelings/" + i7+"/replacement",schemaPath:"#/properties/spec/properties/endpoints/items/properties/relabelings/items/properties/replacement/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data116.separator !== undefined){
if(typeof data116.separator !== "string"){
const err173 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/relabelings/" + i7+"/separator",schemaPath:"#/properties/spec/properties/endpoints/items/properties/relabelings/items/properties/separator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data116.sourceLabels !== undefined){
let data122 = data116.sourceLabels;
if(Array.isArray(data122)){
const len8 = data122.length;
for(let i8=0; i8<len8; i8++){
if(typeof data122[i8] !== "string"){
const err174 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/relabelings/" + i7+"/sourceLabels/" + i8,schemaPath:"#/properties/spec/properties/endpoints/items/properties/relabelings/items/properties/sourceLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
}
else {
const err175 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/relabelings/" + i7+"/sourceLabels",schemaPath:"#/properties/spec/properties/endpoints/items/properties/relabelings/items/properties/sourceLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data116.targetLabel !== undefined){
if(typeof data116.targetLabel !== "string"){
const err176 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/relabelings/" + i7+"/targetLabel",schemaPath:"#/properties/spec/properties/endpoints/items/properties/relabelings/items/properties/targetLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err177 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/relabelings/" + i7,schemaPath:"#/properties/spec/properties/endpoints/items/properties/relabelings/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
else {
const err178 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/relabelings",schemaPath:"#/properties/spec/properties/endpoints/items/properties/relabelings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data9.scheme !== undefined){
let data125 = data9.scheme;
if(typeof data125 !== "string"){
const err179 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/scheme",schemaPath:"#/properties/spec/properties/endpoints/items/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(!((((data125 === "http") || (data125 === "https")) || (data125 === "HTTP")) || (data125 === "HTTPS"))){
const err180 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/scheme",schemaPath:"#/properties/spec/properties/endpoints/items/properties/scheme/enum",keyword:"enum",params:{allowedValues: schema816.properties.spec.properties.endpoints.items.properties.scheme.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data9.scrapeTimeout !== undefined){
let data126 = data9.scrapeTimeout;
if(typeof data126 === "string"){
if(!pattern158.test(data126)){
const err181 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/scrapeTimeout",schemaPath:"#/properties/spec/properties/endpoints/items/properties/scrapeTimeout/pattern",keyword:"pattern",params:{pattern: "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"},message:"must match pattern \""+"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"+"\""};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
else {
const err182 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/scrapeTimeout",schemaPath:"#/properties/spec/properties/endpoints/items/properties/scrapeTimeout/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data9.targetPort !== undefined){
let data127 = data9.targetPort;
const _errs286 = errors;
let valid49 = false;
const _errs287 = errors;
if(typeof data127 !== "string"){
const err183 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/targetPort",schemaPath:"#/properties/spec/properties/endpoints/items/properties/targetPort/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
var _valid0 = _errs287 === errors;
valid49 = valid49 || _valid0;
if(!valid49){
const _errs289 = errors;
if(!((typeof data127 == "number") && (!(data127 % 1) && !isNaN(data127)))){
const err184 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/targetPort",schemaPath:"#/properties/spec/properties/endpoints/items/properties/targetPort/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
var _valid0 = _errs289 === errors;
valid49 = valid49 || _valid0;
}
if(!valid49){
const err185 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/targetPort",schemaPath:"#/properties/spec/properties/endpoints/items/properties/targetPort/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
else {
errors = _errs286;
if(vErrors !== null){
if(_errs286){
vErrors.length = _errs286;
}
else {
vErrors = null;
}
}
}
}
if(data9.tlsConfig !== undefined){
let data128 = data9.tlsConfig;
if(data128 && typeof data128 == "object" && !Array.isArray(data128)){
for(const key31 in data128){
if(!(func2.call(schema816.properties.spec.properties.endpoints.items.properties.tlsConfig.properties, key31))){
const err186 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data128.ca !== undefined){
let data129 = data128.ca;
if(data129 && typeof data129 == "object" && !Array.isArray(data129)){
for(const key32 in data129){
if(!((key32 === "configMap") || (key32 === "secret"))){
const err187 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/ca",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/ca/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data129.configMap !== undefined){
let data130 = data129.configMap;
if(data130 && typeof data130 == "object" && !Array.isArray(data130)){
if(data130.key === undefined){
const err188 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/ca/configMap",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/ca/properties/configMap/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
for(const key33 in data130){
if(!(((key33 === "key") || (key33 === "name")) || (key33 === "optional"))){
const err189 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/ca/configMap",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/ca/properties/configMap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data130.key !== undefined){
if(typeof data130.key !== "string"){
const err190 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/ca/configMap/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/ca/properties/configMap/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data130.name !== undefined){
if(typeof data130.name !== "string"){
const err191 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/ca/configMap/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/ca/properties/configMap/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data130.optional !== undefined){
if(typeof data130.optional !== "boolean"){
const err192 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/ca/configMap/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/ca/properties/configMap/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
else {
const err193 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/ca/configMap",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/ca/properties/configMap/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data129.secret !== undefined){
let data134 = data129.secret;
if(data134 && typeof data134 == "object" && !Array.isArray(data134)){
if(data134.key === undefined){
const err194 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/ca/secret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/ca/properties/secret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
for(const key34 in data134){
if(!(((key34 === "key") || (key34 === "name")) || (key34 === "optional"))){
const err195 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/ca/secret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/ca/properties/secret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data134.key !== undefined){
if(typeof data134.key !== "string"){
const err196 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/ca/secret/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/ca/properties/secret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data134.name !== undefined){
if(typeof data134.name !== "string"){
const err197 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/ca/secret/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/ca/properties/secret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data134.optional !== undefined){
if(typeof data134.optional !== "boolean"){
const err198 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/ca/secret/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/ca/properties/secret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err199 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/ca/secret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/ca/properties/secret/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err200 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/ca",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/ca/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data128.caFile !== undefined){
if(typeof data128.caFile !== "string"){
const err201 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/caFile",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/caFile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data128.cert !== undefined){
let data139 = data128.cert;
if(data139 && typeof data139 == "object" && !Array.isArray(data139)){
for(const key35 in data139){
if(!((key35 === "configMap") || (key35 === "secret"))){
const err202 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/cert",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/cert/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data139.configMap !== undefined){
let data140 = data139.configMap;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.key === undefined){
const err203 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/cert/configMap",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/cert/properties/configMap/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
for(const key36 in data140){
if(!(((key36 === "key") || (key36 === "name")) || (key36 === "optional"))){
const err204 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/cert/configMap",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/cert/properties/configMap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data140.key !== undefined){
if(typeof data140.key !== "string"){
const err205 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/cert/configMap/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/cert/properties/configMap/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data140.name !== undefined){
if(typeof data140.name !== "string"){
const err206 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/cert/configMap/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/cert/properties/configMap/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data140.optional !== undefined){
if(typeof data140.optional !== "boolean"){
const err207 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/cert/configMap/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/cert/properties/configMap/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
}
else {
const err208 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/cert/configMap",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/cert/properties/configMap/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data139.secret !== undefined){
let data144 = data139.secret;
if(data144 && typeof data144 == "object" && !Array.isArray(data144)){
if(data144.key === undefined){
const err209 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/cert/secret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/cert/properties/secret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
for(const key37 in data144){
if(!(((key37 === "key") || (key37 === "name")) || (key37 === "optional"))){
const err210 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/cert/secret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/cert/properties/secret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data144.key !== undefined){
if(typeof data144.key !== "string"){
const err211 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/cert/secret/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/cert/properties/secret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data144.name !== undefined){
if(typeof data144.name !== "string"){
const err212 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/cert/secret/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/cert/properties/secret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data144.optional !== undefined){
if(typeof data144.optional !== "boolean"){
const err213 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/cert/secret/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/cert/properties/secret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
}
else {
const err214 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/cert/secret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/cert/properties/secret/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err215 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/cert",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/cert/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data128.certFile !== undefined){
if(typeof data128.certFile !== "string"){
const err216 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/certFile",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/certFile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data128.insecureSkipVerify !== undefined){
if(typeof data128.insecureSkipVerify !== "boolean"){
const err217 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/insecureSkipVerify",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/insecureSkipVerify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data128.keyFile !== undefined){
if(typeof data128.keyFile !== "string"){
const err218 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/keyFile",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/keyFile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data128.keySecret !== undefined){
let data151 = data128.keySecret;
if(data151 && typeof data151 == "object" && !Array.isArray(data151)){
if(data151.key === undefined){
const err219 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/keySecret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/keySecret/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
for(const key38 in data151){
if(!(((key38 === "key") || (key38 === "name")) || (key38 === "optional"))){
const err220 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/keySecret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/keySecret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
if(data151.key !== undefined){
if(typeof data151.key !== "string"){
const err221 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/keySecret/key",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/keySecret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data151.name !== undefined){
if(typeof data151.name !== "string"){
const err222 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/keySecret/name",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/keySecret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data151.optional !== undefined){
if(typeof data151.optional !== "boolean"){
const err223 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/keySecret/optional",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/keySecret/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
}
else {
const err224 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/keySecret",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/keySecret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data128.maxVersion !== undefined){
let data155 = data128.maxVersion;
if(typeof data155 !== "string"){
const err225 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/maxVersion",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/maxVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
if(!((((data155 === "TLS10") || (data155 === "TLS11")) || (data155 === "TLS12")) || (data155 === "TLS13"))){
const err226 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/maxVersion",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/maxVersion/enum",keyword:"enum",params:{allowedValues: schema816.properties.spec.properties.endpoints.items.properties.tlsConfig.properties.maxVersion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
if(data128.minVersion !== undefined){
let data156 = data128.minVersion;
if(typeof data156 !== "string"){
const err227 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/minVersion",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/minVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
if(!((((data156 === "TLS10") || (data156 === "TLS11")) || (data156 === "TLS12")) || (data156 === "TLS13"))){
const err228 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/minVersion",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/minVersion/enum",keyword:"enum",params:{allowedValues: schema816.properties.spec.properties.endpoints.items.properties.tlsConfig.properties.minVersion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data128.serverName !== undefined){
if(typeof data128.serverName !== "string"){
const err229 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig/serverName",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/properties/serverName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
}
else {
const err230 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/tlsConfig",schemaPath:"#/properties/spec/properties/endpoints/items/properties/tlsConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data9.trackTimestampsStaleness !== undefined){
if(typeof data9.trackTimestampsStaleness !== "boolean"){
const err231 = {instancePath:instancePath+"/spec/endpoints/" + i0+"/trackTimestampsStaleness",schemaPath:"#/properties/spec/properties/endpoints/items/properties/trackTimestampsStaleness/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
}
else {
const err232 = {instancePath:instancePath+"/spec/endpoints/" + i0,schemaPath:"#/properties/spec/properties/endpoints/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
}
else {
const err233 = {instancePath:instancePath+"/spec/endpoints",schemaPath:"#/properties/spec/properties/endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data3.fallbackScrapeProtocol !== undefined){
let data159 = data3.fallbackScrapeProtocol;
if(typeof data159 !== "string"){
const err234 = {instancePath:instancePath+"/spec/fallbackScrapeProtocol",schemaPath:"#/properties/spec/properties/fallbackScrapeProtocol/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
if(!(((((data159 === "PrometheusProto") || (data159 === "OpenMetricsText0.0.1")) || (data159 === "OpenMetricsText1.0.0")) || (data159 === "PrometheusText0.0.4")) || (data159 === "PrometheusText1.0.0"))){
const err235 = {instancePath:instancePath+"/spec/fallbackScrapeProtocol",schemaPath:"#/properties/spec/properties/fallbackScrapeProtocol/enum",keyword:"enum",params:{allowedValues: schema816.properties.spec.properties.fallbackScrapeProtocol.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
if(data3.jobLabel !== undefined){
if(typeof data3.jobLabel !== "string"){
const err236 = {instancePath:instancePath+"/spec/jobLabel",schemaPath:"#/properties/spec/properties/jobLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data3.keepDroppedTargets !== undefined){
let data161 = data3.keepDroppedTargets;
if(!((typeof data161 == "number") && (!(data161 % 1) && !isNaN(data161)))){
const err237 = {instancePath:instancePath+"/spec/keepDroppedTargets",schemaPath:"#/properties/spec/properties/keepDroppedTargets/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
if(typeof data161 == "number"){
if(data161 < 0 || isNaN(data161)){
const err238 = {instancePath:instancePath+"/spec/keepDroppedTargets",schemaPath:"#/properties/spec/properties/keepDroppedTargets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
}
if(data3.labelLimit !== undefined){
let data162 = data3.labelLimit;
if(!((typeof data162 == "number") && (!(data162 % 1) && !isNaN(data162)))){
const err239 = {instancePath:instancePath+"/spec/labelLimit",schemaPath:"#/properties/spec/properties/labelLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
if(typeof data162 == "number"){
if(data162 < 0 || isNaN(data162)){
const err240 = {instancePath:instancePath+"/spec/labelLimit",schemaPath:"#/properties/spec/properties/labelLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
}
if(data3.labelNameLengthLimit !== undefined){
let data163 = data3.labelNameLengthLimit;
if(!((typeof data163 == "number") && (!(data163 % 1) && !isNaN(data163)))){
const err241 = {instancePath:instancePath+"/spec/labelNameLengthLimit",schemaPath:"#/properties/spec/properties/labelNameLengthLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if(typeof data163 == "number"){
if(data163 < 0 || isNaN(data163)){
const err242 = {instancePath:instancePath+"/spec/labelNameLengthLimit",schemaPath:"#/properties/spec/properties/labelNameLengthLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data3.labelValueLengthLimit !== undefined){
let data164 = data3.labelValueLengthLimit;
if(!((typeof data164 == "number") && (!(data164 % 1) && !isNaN(data164)))){
const err243 = {instancePath:instancePath+"/spec/labelValueLengthLimit",schemaPath:"#/properties/spec/properties/labelValueLengthLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
if(typeof data164 == "number"){
if(data164 < 0 || isNaN(data164)){
const err244 = {instancePath:instancePath+"/spec/labelValueLengthLimit",schemaPath:"#/properties/spec/properties/labelValueLengthLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
}
if(data3.namespaceSelector !== undefined){
let data165 = data3.namespaceSelector;
if(data165 && typeof data165 == "object" && !Array.isArray(data165)){
for(const key39 in data165){
if(!((key39 === "any") || (key39 === "matchNames"))){
const err245 = {instancePath:instancePath+"/spec/namespaceSelector",schemaPath:"#/properties/spec/properties/namespaceSelector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
if(data165.any !== undefined){
if(typeof data165.any !== "boolean"){
const err246 = {instancePath:instancePath+"/spec/namespaceSelector/any",schemaPath:"#/properties/spec/properties/namespaceSelector/properties/any/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data165.matchNames !== undefined){
let data167 = data165.matchNames;
if(Array.isArray(data167)){
const len9 = data167.length;
for(let i9=0; i9<len9; i9++){
if(typeof data167[i9] !== "string"){
const err247 = {instancePath:instancePath+"/spec/namespaceSelector/matchNames/" + i9,schemaPath:"#/properties/spec/properties/namespaceSelector/properties/matchNames/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
}
else {
const err248 = {instancePath:instancePath+"/spec/namespaceSelector/matchNames",schemaPath:"#/properties/spec/properties/namespaceSelector/properties/matchNames/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err249 = {instancePath:instancePath+"/spec/namespaceSelector",schemaPath:"#/properties/spec/properties/namespaceSelector/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
if(data3.nativeHistogramBucketLimit !== undefined){
let data169 = data3.nativeHistogramBucketLimit;
if(!((typeof data169 == "number") && (!(data169 % 1) && !isNaN(data169)))){
const err250 = {instancePath:instancePath+"/spec/nativeHistogramBucketLimit",schemaPath:"#/properties/spec/properties/nativeHistogramBucketLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
if(typeof data169 == "number"){
if(data169 < 0 || isNaN(data169)){
const err251 = {instancePath:instancePath+"/spec/nativeHistogramBucketLimit",schemaPath:"#/properties/spec/properties/nativeHistogramBucketLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data3.nativeHistogramMinBucketFactor !== undefined){
let data170 = data3.nativeHistogramMinBucketFactor;
const _errs385 = errors;
let valid61 = false;
const _errs386 = errors;
if(typeof data170 !== "string"){
const err252 = {instancePath:instancePath+"/spec/nativeHistogramMinBucketFactor",schemaPath:"#/properties/spec/properties/nativeHistogramMinBucketFactor/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
var _valid1 = _errs386 === errors;
valid61 = valid61 || _valid1;
if(!valid61){
const _errs388 = errors;
if(!((typeof data170 == "number") && (!(data170 % 1) && !isNaN(data170)))){
const err253 = {instancePath:instancePath+"/spec/nativeHistogramMinBucketFactor",schemaPath:"#/properties/spec/properties/nativeHistogramMinBucketFactor/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
var _valid1 = _errs388 === errors;
valid61 = valid61 || _valid1;
}
if(!valid61){
const err254 = {instancePath:instancePath+"/spec/nativeHistogramMinBucketFactor",schemaPath:"#/properties/spec/properties/nativeHistogramMinBucketFactor/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
else {
errors = _errs385;
if(vErrors !== null){
if(_errs385){
vErrors.length = _errs385;
}
else {
vErrors = null;
}
}
}
}
if(data3.podTargetLabels !== undefined){
let data171 = data3.podTargetLabels;
if(Array.isArray(data171)){
const len10 = data171.length;
for(let i10=0; i10<len10; i10++){
if(typeof data171[i10] !== "string"){
const err255 = {instancePath:instancePath+"/spec/podTargetLabels/" + i10,schemaPath:"#/properties/spec/properties/podTargetLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
}
else {
const err256 = {instancePath:instancePath+"/spec/podTargetLabels",schemaPath:"#/properties/spec/properties/podTargetLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data3.sampleLimit !== undefined){
let data173 = data3.sampleLimit;
if(!((typeof data173 == "number") && (!(data173 % 1) && !isNaN(data173)))){
const err257 = {instancePath:instancePath+"/spec/sampleLimit",schemaPath:"#/properties/spec/properties/sampleLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
if(typeof data173 == "number"){
if(data173 < 0 || isNaN(data173)){
const err258 = {instancePath:instancePath+"/spec/sampleLimit",schemaPath:"#/properties/spec/properties/sampleLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
}
if(data3.scrapeClass !== undefined){
let data174 = data3.scrapeClass;
if(typeof data174 === "string"){
if(func61(data174) < 1){
const err259 = {instancePath:instancePath+"/spec/scrapeClass",schemaPath:"#/properties/spec/properties/scrapeClass/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
else {
const err260 = {instancePath:instancePath+"/spec/scrapeClass",schemaPath:"#/properties/spec/properties/scrapeClass/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
if(data3.scrapeClassicHistograms !== undefined){
if(typeof data3.scrapeClassicHistograms !== "boolean"){
const err261 = {instancePath:instancePath+"/spec/scrapeClassicHistograms",schemaPath:"#/properties/spec/properties/scrapeClassicHistograms/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data3.scrapeNativeHistograms !== undefined){
if(typeof data3.scrapeNativeHistograms !== "boolean"){
const err262 = {instancePath:instancePath+"/spec/scrapeNativeHistograms",schemaPath:"#/properties/spec/properties/scrapeNativeHistograms/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
if(data3.scrapeProtocols !== undefined){
let data177 = data3.scrapeProtocols;
if(Array.isArray(data177)){
const len11 = data177.length;
for(let i11=0; i11<len11; i11++){
let data178 = data177[i11];
if(typeof data178 !== "string"){
const err263 = {instancePath:instancePath+"/spec/scrapeProtocols/" + i11,schemaPath:"#/properties/spec/properties/scrapeProtocols/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
if(!(((((data178 === "PrometheusProto") || (data178 === "OpenMetricsText0.0.1")) || (data178 === "OpenMetricsText1.0.0")) || (data178 === "PrometheusText0.0.4")) || (data178 === "PrometheusText1.0.0"))){
const err264 = {instancePath:instancePath+"/spec/scrapeProtocols/" + i11,schemaPath:"#/properties/spec/properties/scrapeProtocols/items/enum",keyword:"enum",params:{allowedValues: schema816.properties.spec.properties.scrapeProtocols.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
}
else {
const err265 = {instancePath:instancePath+"/spec/scrapeProtocols",schemaPath:"#/properties/spec/properties/scrapeProtocols/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data3.selector !== undefined){
let data179 = data3.selector;
if(data179 && typeof data179 == "object" && !Array.isArray(data179)){
for(const key40 in data179){
if(!((key40 === "matchExpressions") || (key40 === "matchLabels"))){
const err266 = {instancePath:instancePath+"/spec/selector",schemaPath:"#/properties/spec/properties/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
if(data179.matchExpressions !== undefined){
let data180 = data179.matchExpressions;
if(Array.isArray(data180)){
const len12 = data180.length;
for(let i12=0; i12<len12; i12++){
let data181 = data180[i12];
if(data181 && typeof data181 == "object" && !Array.isArray(data181)){
if(data181.key === undefined){
const err267 = {instancePath:instancePath+"/spec/selector/matchExpressions/" + i12,schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
if(data181.operator === undefined){
const err268 = {instancePath:instancePath+"/spec/selector/matchExpressions/" + i12,schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/items/required",keyword:"required",params:{missingProperty: "operator"},message:"must have required property '"+"operator"+"'"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
for(const key41 in data181){
if(!(((key41 === "key") || (key41 === "operator")) || (key41 === "values"))){
const err269 = {instancePath:instancePath+"/spec/selector/matchExpressions/" + i12,schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data181.key !== undefined){
if(typeof data181.key !== "string"){
const err270 = {instancePath:instancePath+"/spec/selector/matchExpressions/" + i12+"/key",schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
if(data181.operator !== undefined){
if(typeof data181.operator !== "string"){
const err271 = {instancePath:instancePath+"/spec/selector/matchExpressions/" + i12+"/operator",schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/items/properties/operator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data181.values !== undefined){
let data184 = data181.values;
if(Array.isArray(data184)){
const len13 = data184.length;
for(let i13=0; i13<len13; i13++){
if(typeof data184[i13] !== "string"){
const err272 = {instancePath:instancePath+"/spec/selector/matchExpressions/" + i12+"/values/" + i13,schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/items/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err273 = {instancePath:instancePath+"/spec/selector/matchExpressions/" + i12+"/values",schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/items/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
}
else {
const err274 = {instancePath:instancePath+"/spec/selector/matchExpressions/" + i12,schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err275 = {instancePath:instancePath+"/spec/selector/matchExpressions",schemaPath:"#/properties/spec/properties/selector/properties/matchExpressions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data179.matchLabels !== undefined){
let data186 = data179.matchLabels;
if(data186 && typeof data186 == "object" && !Array.isArray(data186)){
for(const key42 in data186){
if(typeof data186[key42] !== "string"){
const err276 = {instancePath:instancePath+"/spec/selector/matchLabels/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/selector/properties/matchLabels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
}
else {
const err277 = {instancePath:instancePath+"/spec/selector/matchLabels",schemaPath:"#/properties/spec/properties/selector/properties/matchLabels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
}
else {
const err278 = {instancePath:instancePath+"/spec/selector",schemaPath:"#/properties/spec/properties/selector/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
if(data3.selectorMechanism !== undefined){
let data188 = data3.selectorMechanism;
if(typeof data188 !== "string"){
const err279 = {instancePath:instancePath+"/spec/selectorMechanism",schemaPath:"#/properties/spec/properties/selectorMechanism/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
if(!((data188 === "RelabelConfig") || (data188 === "RoleSelector"))){
const err280 = {instancePath:instancePath+"/spec/selectorMechanism",schemaPath:"#/properties/spec/properties/selectorMechanism/enum",keyword:"enum",params:{allowedValues: schema816.properties.spec.properties.selectorMechanism.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
if(data3.serviceDiscoveryRole !== undefined){
let data189 = data3.serviceDiscoveryRole;
if(typeof data189 !== "string"){
const err281 = {instancePath:instancePath+"/spec/serviceDiscoveryRole",schemaPath:"#/properties/spec/properties/serviceDiscoveryRole/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
if(!((data189 === "Endpoints") || (data189 === "EndpointSlice"))){
const err282 = {instancePath:instancePath+"/spec/serviceDiscoveryRole",schemaPath:"#/properties/spec/properties/serviceDiscoveryRole/enum",keyword:"enum",params:{allowedValues: schema816.properties.spec.properties.serviceDiscoveryRole.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
if(data3.targetLabels !== undefined){
let data190 = data3.targetLabels;
if(Array.isArray(data190)){
const len14 = data190.length;
for(let i14=0; i14<len14; i14++){
if(typeof data190[i14] !== "string"){
const err283 = {instancePath:instancePath+"/spec/targetLabels/" + i14,schemaPath:"#/properties/spec/properties/targetLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
}
else {
const err284 = {instancePath:instancePath+"/spec/targetLabels",schemaPath:"#/properties/spec/properties/targetLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
if(data3.targetLimit !== undefined){
let data192 = data3.targetLimit;
if(!((typeof data192 == "number") && (!(data192 % 1) && !isNaN(data192)))){
const err285 = {instancePath:instancePath+"/spec/targetLimit",schemaPath:"#/properties/spec/properties/targetLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
if(typeof data192 == "number"){
if(data192 < 0 || isNaN(data192)){
const err286 = {instancePath:instancePath+"/spec/targetLimit",schemaPath:"#/properties/spec/properties/targetLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
}
}
else {
const err287 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
}
else {
const err288 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
validate2132.errors = vErrors;
return errors === 0;
}
