"use strict";
module.exports = validate3111;
module.exports.default = validate3111;
const schema1227 = {"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},"spec":{"$ref":"#/definitions/o13"}},"required":["spec"],"type":"object","additionalProperties":false,"definitions":{"o0":{"properties":{"node":{"type":"boolean"}},"type":"object","additionalProperties":false},"o1":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"o2":{"properties":{"credentials":{"$ref":"#/definitions/o1"},"type":{"type":"string"}},"type":"object","additionalProperties":false},"o3":{"properties":{"password":{"$ref":"#/definitions/o1"},"username":{"$ref":"#/definitions/o1"}},"type":"object","additionalProperties":false},"o4":{"properties":{"action":{"default":"replace","enum":["replace","Replace","keep","Keep","drop","Drop","hashmod","HashMod","labelmap","LabelMap","labeldrop","LabelDrop","labelkeep","LabelKeep","lowercase","Lowercase","uppercase","Uppercase","keepequal","KeepEqual","dropequal","DropEqual"],"type":"string"},"modulus":{"format":"int64","minimum":0,"type":"integer"},"regex":{"type":"string"},"replacement":{"type":"string"},"separator":{"type":"string"},"sourceLabels":{"items":{"type":"string"},"type":"array"},"targetLabel":{"type":"string"}},"type":"object","additionalProperties":false},"o5":{"properties":{"configMap":{"$ref":"#/definitions/o1"},"secret":{"$ref":"#/definitions/o1"}},"type":"object","additionalProperties":false},"o6":{"properties":{"ca":{"$ref":"#/definitions/o5"},"cert":{"$ref":"#/definitions/o5"},"insecureSkipVerify":{"type":"boolean"},"keySecret":{"$ref":"#/definitions/o1"},"maxVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"minVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"serverName":{"type":"string"}},"type":"object","additionalProperties":false},"o7":{"properties":{"clientId":{"$ref":"#/definitions/o5"},"clientSecret":{"$ref":"#/definitions/o1"},"endpointParams":{"additionalProperties":{"type":"string"},"type":"object"},"noProxy":{"type":"string"},"proxyConnectHeader":{"additionalProperties":{"items":{"$ref":"#/definitions/o1"},"type":"array"},"type":"object"},"proxyFromEnvironment":{"type":"boolean"},"proxyUrl":{"pattern":"^(http|https|socks5)://.+$","type":"string"},"scopes":{"items":{"type":"string"},"type":"array"},"tlsConfig":{"$ref":"#/definitions/o6"},"tokenUrl":{"pattern":"^(http|https)://.+$","type":"string"}},"required":["clientId","clientSecret","tokenUrl"],"type":"object","additionalProperties":false},"o8":{"properties":{"ca":{"$ref":"#/definitions/o5"},"caFile":{"type":"string"},"cert":{"$ref":"#/definitions/o5"},"certFile":{"type":"string"},"insecureSkipVerify":{"type":"boolean"},"keyFile":{"type":"string"},"keySecret":{"$ref":"#/definitions/o1"},"maxVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"minVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"serverName":{"type":"string"}},"type":"object","additionalProperties":false},"o9":{"properties":{"authorization":{"$ref":"#/definitions/o2"},"basicAuth":{"$ref":"#/definitions/o3"},"bearerTokenFile":{"type":"string"},"bearerTokenSecret":{"$ref":"#/definitions/o1"},"enableHttp2":{"type":"boolean"},"filterRunning":{"type":"boolean"},"followRedirects":{"type":"boolean"},"honorLabels":{"type":"boolean"},"honorTimestamps":{"type":"boolean"},"interval":{"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"metricRelabelings":{"items":{"$ref":"#/definitions/o4"},"type":"array"},"noProxy":{"type":"string"},"oauth2":{"$ref":"#/definitions/o7"},"params":{"additionalProperties":{"items":{"type":"string"},"type":"array"},"type":"object"},"path":{"type":"string"},"port":{"type":"string"},"proxyConnectHeader":{"additionalProperties":{"items":{"$ref":"#/definitions/o1"},"type":"array"},"type":"object"},"proxyFromEnvironment":{"type":"boolean"},"proxyUrl":{"pattern":"^(http|https|socks5)://.+$","type":"string"},"relabelings":{"items":{"$ref":"#/definitions/o4"},"type":"array"},"scheme":{"enum":["http","https","HTTP","HTTPS"],"type":"string"},"scrapeTimeout":{"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"targetPort":{"anyOf":[{"type":"string"},{"type":"integer"}]},"tlsConfig":{"$ref":"#/definitions/o8"},"trackTimestampsStaleness":{"type":"boolean"}},"type":"object","additionalProperties":false},"o10":{"properties":{"any":{"type":"boolean"},"matchNames":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false},"o11":{"properties":{"key":{"type":"string"},"operator":{"type":"string"},"values":{"items":{"type":"string"},"type":"array"}},"required":["key","operator"],"type":"object","additionalProperties":false},"o12":{"properties":{"matchExpressions":{"items":{"$ref":"#/definitions/o11"},"type":"array"},"matchLabels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object","additionalProperties":false},"o13":{"properties":{"attachMetadata":{"$ref":"#/definitions/o0"},"bodySizeLimit":{"pattern":"(^0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$","type":"string"},"convertClassicHistogramsToNHCB":{"type":"boolean"},"endpoints":{"items":{"$ref":"#/definitions/o9"},"type":"array"},"fallbackScrapeProtocol":{"enum":["PrometheusProto","OpenMetricsText0.0.1","OpenMetricsText1.0.0","PrometheusText0.0.4","PrometheusText1.0.0"],"type":"string"},"jobLabel":{"type":"string"},"keepDroppedTargets":{"format":"int64","minimum":0,"type":"integer"},"labelLimit":{"format":"int64","minimum":0,"type":"integer"},"labelNameLengthLimit":{"format":"int64","minimum":0,"type":"integer"},"labelValueLengthLimit":{"format":"int64","minimum":0,"type":"integer"},"namespaceSelector":{"$ref":"#/definitions/o10"},"nativeHistogramBucketLimit":{"format":"int64","minimum":0,"type":"integer"},"nativeHistogramMinBucketFactor":{"anyOf":[{"type":"string"},{"type":"integer"}]},"podTargetLabels":{"items":{"type":"string"},"type":"array"},"sampleLimit":{"format":"int64","minimum":0,"type":"integer"},"scrapeClass":{"minLength":1,"type":"string"},"scrapeClassicHistograms":{"type":"boolean"},"scrapeNativeHistograms":{"type":"boolean"},"scrapeProtocols":{"items":{"enum":["PrometheusProto","OpenMetricsText0.0.1","OpenMetricsText1.0.0","PrometheusText0.0.4","PrometheusText1.0.0"],"type":"string"},"type":"array"},"selector":{"$ref":"#/definitions/o12"},"selectorMechanism":{"enum":["RelabelConfig","RoleSelector"],"type":"string"},"serviceDiscoveryRole":{"enum":["Endpoints","EndpointSlice"],"type":"string"},"targetLabels":{"items":{"type":"string"},"type":"array"},"targetLimit":{"format":"int64","minimum":0,"type":"integer"}},"required":["endpoints","selector"],"type":"object","additionalProperties":false}}};
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


function validate3112(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate3112.errors = vErrors;
return errors === 0;
}

const schema1229 = {"properties":{"attachMetadata":{"$ref":"#/definitions/o0"},"bodySizeLimit":{"pattern":"(^0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$","type":"string"},"convertClassicHistogramsToNHCB":{"type":"boolean"},"endpoints":{"items":{"$ref":"#/definitions/o9"},"type":"array"},"fallbackScrapeProtocol":{"enum":["PrometheusProto","OpenMetricsText0.0.1","OpenMetricsText1.0.0","PrometheusText0.0.4","PrometheusText1.0.0"],"type":"string"},"jobLabel":{"type":"string"},"keepDroppedTargets":{"format":"int64","minimum":0,"type":"integer"},"labelLimit":{"format":"int64","minimum":0,"type":"integer"},"labelNameLengthLimit":{"format":"int64","minimum":0,"type":"integer"},"labelValueLengthLimit":{"format":"int64","minimum":0,"type":"integer"},"namespaceSelector":{"$ref":"#/definitions/o10"},"nativeHistogramBucketLimit":{"format":"int64","minimum":0,"type":"integer"},"nativeHistogramMinBucketFactor":{"anyOf":[{"type":"string"},{"type":"integer"}]},"podTargetLabels":{"items":{"type":"string"},"type":"array"},"sampleLimit":{"format":"int64","minimum":0,"type":"integer"},"scrapeClass":{"minLength":1,"type":"string"},"scrapeClassicHistograms":{"type":"boolean"},"scrapeNativeHistograms":{"type":"boolean"},"scrapeProtocols":{"items":{"enum":["PrometheusProto","OpenMetricsText0.0.1","OpenMetricsText1.0.0","PrometheusText0.0.4","PrometheusText1.0.0"],"type":"string"},"type":"array"},"selector":{"$ref":"#/definitions/o12"},"selectorMechanism":{"enum":["RelabelConfig","RoleSelector"],"type":"string"},"serviceDiscoveryRole":{"enum":["Endpoints","EndpointSlice"],"type":"string"},"targetLabels":{"items":{"type":"string"},"type":"array"},"targetLimit":{"format":"int64","minimum":0,"type":"integer"}},"required":["endpoints","selector"],"type":"object","additionalProperties":false};
const func50 = require("ajv/dist/runtime/ucs2length").default;
const schema1230 = {"properties":{"node":{"type":"boolean"}},"type":"object","additionalProperties":false};

function validate3119(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "node")){
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
if(data.node !== undefined){
if(typeof data.node !== "boolean"){
const err1 = {instancePath:instancePath+"/node",schemaPath:"#/properties/node/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate3119.errors = vErrors;
return errors === 0;
}

const schema1231 = {"properties":{"authorization":{"$ref":"#/definitions/o2"},"basicAuth":{"$ref":"#/definitions/o3"},"bearerTokenFile":{"type":"string"},"bearerTokenSecret":{"$ref":"#/definitions/o1"},"enableHttp2":{"type":"boolean"},"filterRunning":{"type":"boolean"},"followRedirects":{"type":"boolean"},"honorLabels":{"type":"boolean"},"honorTimestamps":{"type":"boolean"},"interval":{"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"metricRelabelings":{"items":{"$ref":"#/definitions/o4"},"type":"array"},"noProxy":{"type":"string"},"oauth2":{"$ref":"#/definitions/o7"},"params":{"additionalProperties":{"items":{"type":"string"},"type":"array"},"type":"object"},"path":{"type":"string"},"port":{"type":"string"},"proxyConnectHeader":{"additionalProperties":{"items":{"$ref":"#/definitions/o1"},"type":"array"},"type":"object"},"proxyFromEnvironment":{"type":"boolean"},"proxyUrl":{"pattern":"^(http|https|socks5)://.+$","type":"string"},"relabelings":{"items":{"$ref":"#/definitions/o4"},"type":"array"},"scheme":{"enum":["http","https","HTTP","HTTPS"],"type":"string"},"scrapeTimeout":{"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"targetPort":{"anyOf":[{"type":"string"},{"type":"integer"}]},"tlsConfig":{"$ref":"#/definitions/o8"},"trackTimestampsStaleness":{"type":"boolean"}},"type":"object","additionalProperties":false};
const schema1232 = {"properties":{"credentials":{"$ref":"#/definitions/o1"},"type":{"type":"string"}},"type":"object","additionalProperties":false};
const schema1233 = {"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false};

function validate3123(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "key") || (key0 === "name")) || (key0 === "optional"))){
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
if(data.key !== undefined){
if(typeof data.key !== "string"){
const err2 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.optional !== undefined){
if(typeof data.optional !== "boolean"){
const err4 = {instancePath:instancePath+"/optional",schemaPath:"#/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate3123.errors = vErrors;
return errors === 0;
}


function validate3122(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "credentials") || (key0 === "type"))){
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
if(data.credentials !== undefined){
if(!(validate3123(data.credentials, {instancePath:instancePath+"/credentials",parentData:data,parentDataProperty:"credentials",rootData}))){
vErrors = vErrors === null ? validate3123.errors : vErrors.concat(validate3123.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate3122.errors = vErrors;
return errors === 0;
}

const schema1234 = {"properties":{"password":{"$ref":"#/definitions/o1"},"username":{"$ref":"#/definitions/o1"}},"type":"object","additionalProperties":false};

function validate3126(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "password") || (key0 === "username"))){
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
if(data.password !== undefined){
if(!(validate3123(data.password, {instancePath:instancePath+"/password",parentData:data,parentDataProperty:"password",rootData}))){
vErrors = vErrors === null ? validate3123.errors : vErrors.concat(validate3123.errors);
errors = vErrors.length;
}
}
if(data.username !== undefined){
if(!(validate3123(data.username, {instancePath:instancePath+"/username",parentData:data,parentDataProperty:"username",rootData}))){
vErrors = vErrors === null ? validate3123.errors : vErrors.concat(validate3123.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate3126.errors = vErrors;
return errors === 0;
}

const schema1235 = {"properties":{"action":{"default":"replace","enum":["replace","Replace","keep","Keep","drop","Drop","hashmod","HashMod","labelmap","LabelMap","labeldrop","LabelDrop","labelkeep","LabelKeep","lowercase","Lowercase","uppercase","Uppercase","keepequal","KeepEqual","dropequal","DropEqual"],"type":"string"},"modulus":{"format":"int64","minimum":0,"type":"integer"},"regex":{"type":"string"},"replacement":{"type":"string"},"separator":{"type":"string"},"sourceLabels":{"items":{"type":"string"},"type":"array"},"targetLabel":{"type":"string"}},"type":"object","additionalProperties":false};

function validate3131(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "action") || (key0 === "modulus")) || (key0 === "regex")) || (key0 === "replacement")) || (key0 === "separator")) || (key0 === "sourceLabels")) || (key0 === "targetLabel"))){
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
if(data.action !== undefined){
let data0 = data.action;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/action",schemaPath:"#/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((((((((((((((((((((((data0 === "replace") || (data0 === "Replace")) || (data0 === "keep")) || (data0 === "Keep")) || (data0 === "drop")) || (data0 === "Drop")) || (data0 === "hashmod")) || (data0 === "HashMod")) || (data0 === "labelmap")) || (data0 === "LabelMap")) || (data0 === "labeldrop")) || (data0 === "LabelDrop")) || (data0 === "labelkeep")) || (data0 === "LabelKeep")) || (data0 === "lowercase")) || (data0 === "Lowercase")) || (data0 === "uppercase")) || (data0 === "Uppercase")) || (data0 === "keepequal")) || (data0 === "KeepEqual")) || (data0 === "dropequal")) || (data0 === "DropEqual"))){
const err2 = {instancePath:instancePath+"/action",schemaPath:"#/properties/action/enum",keyword:"enum",params:{allowedValues: schema1235.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.modulus !== undefined){
let data1 = data.modulus;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err3 = {instancePath:instancePath+"/modulus",schemaPath:"#/properties/modulus/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/modulus",schemaPath:"#/properties/modulus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.regex !== undefined){
if(typeof data.regex !== "string"){
const err5 = {instancePath:instancePath+"/regex",schemaPath:"#/properties/regex/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.replacement !== undefined){
if(typeof data.replacement !== "string"){
const err6 = {instancePath:instancePath+"/replacement",schemaPath:"#/properties/replacement/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.separator !== undefined){
if(typeof data.separator !== "string"){
const err7 = {instancePath:instancePath+"/separator",schemaPath:"#/properties/separator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.sourceLabels !== undefined){
let data5 = data.sourceLabels;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
const err8 = {instancePath:instancePath+"/sourceLabels/" + i0,schemaPath:"#/properties/sourceLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err9 = {instancePath:instancePath+"/sourceLabels",schemaPath:"#/properties/sourceLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.targetLabel !== undefined){
if(typeof data.targetLabel !== "string"){
const err10 = {instancePath:instancePath+"/targetLabel",schemaPath:"#/properties/targetLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate3131.errors = vErrors;
return errors === 0;
}

const schema1236 = {"properties":{"clientId":{"$ref":"#/definitions/o5"},"clientSecret":{"$ref":"#/definitions/o1"},"endpointParams":{"additionalProperties":{"type":"string"},"type":"object"},"noProxy":{"type":"string"},"proxyConnectHeader":{"additionalProperties":{"items":{"$ref":"#/definitions/o1"},"type":"array"},"type":"object"},"proxyFromEnvironment":{"type":"boolean"},"proxyUrl":{"pattern":"^(http|https|socks5)://.+$","type":"string"},"scopes":{"items":{"type":"string"},"type":"array"},"tlsConfig":{"$ref":"#/definitions/o6"},"tokenUrl":{"pattern":"^(http|https)://.+$","type":"string"}},"required":["clientId","clientSecret","tokenUrl"],"type":"object","additionalProperties":false};
const schema1237 = {"properties":{"configMap":{"$ref":"#/definitions/o1"},"secret":{"$ref":"#/definitions/o1"}},"type":"object","additionalProperties":false};

function validate3134(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "configMap") || (key0 === "secret"))){
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
if(data.configMap !== undefined){
if(!(validate3123(data.configMap, {instancePath:instancePath+"/configMap",parentData:data,parentDataProperty:"configMap",rootData}))){
vErrors = vErrors === null ? validate3123.errors : vErrors.concat(validate3123.errors);
errors = vErrors.length;
}
}
if(data.secret !== undefined){
if(!(validate3123(data.secret, {instancePath:instancePath+"/secret",parentData:data,parentDataProperty:"secret",rootData}))){
vErrors = vErrors === null ? validate3123.errors : vErrors.concat(validate3123.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate3134.errors = vErrors;
return errors === 0;
}

const schema1238 = {"properties":{"ca":{"$ref":"#/definitions/o5"},"cert":{"$ref":"#/definitions/o5"},"insecureSkipVerify":{"type":"boolean"},"keySecret":{"$ref":"#/definitions/o1"},"maxVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"minVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"serverName":{"type":"string"}},"type":"object","additionalProperties":false};

function validate3140(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "ca") || (key0 === "cert")) || (key0 === "insecureSkipVerify")) || (key0 === "keySecret")) || (key0 === "maxVersion")) || (key0 === "minVersion")) || (key0 === "serverName"))){
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
if(data.ca !== undefined){
if(!(validate3134(data.ca, {instancePath:instancePath+"/ca",parentData:data,parentDataProperty:"ca",rootData}))){
vErrors = vErrors === null ? validate3134.errors : vErrors.concat(validate3134.errors);
errors = vErrors.length;
}
}
if(data.cert !== undefined){
if(!(validate3134(data.cert, {instancePath:instancePath+"/cert",parentData:data,parentDataProperty:"cert",rootData}))){
vErrors = vErrors === null ? validate3134.errors : vErrors.concat(validate3134.errors);
errors = vErrors.length;
}
}
if(data.insecureSkipVerify !== undefined){
if(typeof data.insecureSkipVerify !== "boolean"){
const err1 = {instancePath:instancePath+"/insecureSkipVerify",schemaPath:"#/properties/insecureSkipVerify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.keySecret !== undefined){
if(!(validate3123(data.keySecret, {instancePath:instancePath+"/keySecret",parentData:data,parentDataProperty:"keySecret",rootData}))){
vErrors = vErrors === null ? validate3123.errors : vErrors.concat(validate3123.errors);
errors = vErrors.length;
}
}
if(data.maxVersion !== undefined){
let data4 = data.maxVersion;
if(typeof data4 !== "string"){
const err2 = {instancePath:instancePath+"/maxVersion",schemaPath:"#/properties/maxVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((data4 === "TLS10") || (data4 === "TLS11")) || (data4 === "TLS12")) || (data4 === "TLS13"))){
const err3 = {instancePath:instancePath+"/maxVersion",schemaPath:"#/properties/maxVersion/enum",keyword:"enum",params:{allowedValues: schema1238.properties.maxVersion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.minVersion !== undefined){
let data5 = data.minVersion;
if(typeof data5 !== "string"){
const err4 = {instancePath:instancePath+"/minVersion",schemaPath:"#/properties/minVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((data5 === "TLS10") || (data5 === "TLS11")) || (data5 === "TLS12")) || (data5 === "TLS13"))){
const err5 = {instancePath:instancePath+"/minVersion",schemaPath:"#/properties/minVersion/enum",keyword:"enum",params:{allowedValues: schema1238.properties.minVersion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.serverName !== undefined){
if(typeof data.serverName !== "string"){
const err6 = {instancePath:instancePath+"/serverName",schemaPath:"#/properties/serverName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate3140.errors = vErrors;
return errors === 0;
}

const pattern103 = new RegExp("^(http|https|socks5)://.+$", "u");
const pattern104 = new RegExp("^(http|https)://.+$", "u");

function validate3133(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.clientId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientId"},message:"must have required property '"+"clientId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.clientSecret === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientSecret"},message:"must have required property '"+"clientSecret"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.tokenUrl === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tokenUrl"},message:"must have required property '"+"tokenUrl"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema1236.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.clientId !== undefined){
if(!(validate3134(data.clientId, {instancePath:instancePath+"/clientId",parentData:data,parentDataProperty:"clientId",rootData}))){
vErrors = vErrors === null ? validate3134.errors : vErrors.concat(validate3134.errors);
errors = vErrors.length;
}
}
if(data.clientSecret !== undefined){
if(!(validate3123(data.clientSecret, {instancePath:instancePath+"/clientSecret",parentData:data,parentDataProperty:"clientSecret",rootData}))){
vErrors = vErrors === null ? validate3123.errors : vErrors.concat(validate3123.errors);
errors = vErrors.length;
}
}
if(data.endpointParams !== undefined){
let data2 = data.endpointParams;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(typeof data2[key1] !== "string"){
const err4 = {instancePath:instancePath+"/endpointParams/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/endpointParams/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/endpointParams",schemaPath:"#/properties/endpointParams/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.noProxy !== undefined){
if(typeof data.noProxy !== "string"){
const err6 = {instancePath:instancePath+"/noProxy",schemaPath:"#/properties/noProxy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.proxyConnectHeader !== undefined){
let data5 = data.proxyConnectHeader;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
let data6 = data5[key2];
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate3123(data6[i0], {instancePath:instancePath+"/proxyConnectHeader/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate3123.errors : vErrors.concat(validate3123.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/proxyConnectHeader/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/proxyConnectHeader/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err8 = {instancePath:instancePath+"/proxyConnectHeader",schemaPath:"#/properties/proxyConnectHeader/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.proxyFromEnvironment !== undefined){
if(typeof data.proxyFromEnvironment !== "boolean"){
const err9 = {instancePath:instancePath+"/proxyFromEnvironment",schemaPath:"#/properties/proxyFromEnvironment/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.proxyUrl !== undefined){
let data9 = data.proxyUrl;
if(typeof data9 === "string"){
if(!pattern103.test(data9)){
const err10 = {instancePath:instancePath+"/proxyUrl",schemaPath:"#/properties/proxyUrl/pattern",keyword:"pattern",params:{pattern: "^(http|https|socks5)://.+$"},message:"must match pattern \""+"^(http|https|socks5)://.+$"+"\""};
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
const err11 = {instancePath:instancePath+"/proxyUrl",schemaPath:"#/properties/proxyUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.scopes !== undefined){
let data10 = data.scopes;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
if(typeof data10[i1] !== "string"){
const err12 = {instancePath:instancePath+"/scopes/" + i1,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.tlsConfig !== undefined){
if(!(validate3140(data.tlsConfig, {instancePath:instancePath+"/tlsConfig",parentData:data,parentDataProperty:"tlsConfig",rootData}))){
vErrors = vErrors === null ? validate3140.errors : vErrors.concat(validate3140.errors);
errors = vErrors.length;
}
}
if(data.tokenUrl !== undefined){
let data13 = data.tokenUrl;
if(typeof data13 === "string"){
if(!pattern104.test(data13)){
const err14 = {instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/pattern",keyword:"pattern",params:{pattern: "^(http|https)://.+$"},message:"must match pattern \""+"^(http|https)://.+$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate3133.errors = vErrors;
return errors === 0;
}

const schema1239 = {"properties":{"ca":{"$ref":"#/definitions/o5"},"caFile":{"type":"string"},"cert":{"$ref":"#/definitions/o5"},"certFile":{"type":"string"},"insecureSkipVerify":{"type":"boolean"},"keyFile":{"type":"string"},"keySecret":{"$ref":"#/definitions/o1"},"maxVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"minVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"serverName":{"type":"string"}},"type":"object","additionalProperties":false};

function validate3148(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema1239.properties, key0))){
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
if(data.ca !== undefined){
if(!(validate3134(data.ca, {instancePath:instancePath+"/ca",parentData:data,parentDataProperty:"ca",rootData}))){
vErrors = vErrors === null ? validate3134.errors : vErrors.concat(validate3134.errors);
errors = vErrors.length;
}
}
if(data.caFile !== undefined){
if(typeof data.caFile !== "string"){
const err1 = {instancePath:instancePath+"/caFile",schemaPath:"#/properties/caFile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.cert !== undefined){
if(!(validate3134(data.cert, {instancePath:instancePath+"/cert",parentData:data,parentDataProperty:"cert",rootData}))){
vErrors = vErrors === null ? validate3134.errors : vErrors.concat(validate3134.errors);
errors = vErrors.length;
}
}
if(data.certFile !== undefined){
if(typeof data.certFile !== "string"){
const err2 = {instancePath:instancePath+"/certFile",schemaPath:"#/properties/certFile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.insecureSkipVerify !== undefined){
if(typeof data.insecureSkipVerify !== "boolean"){
const err3 = {instancePath:instancePath+"/insecureSkipVerify",schemaPath:"#/properties/insecureSkipVerify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.keyFile !== undefined){
if(typeof data.keyFile !== "string"){
const err4 = {instancePath:instancePath+"/keyFile",schemaPath:"#/properties/keyFile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.keySecret !== undefined){
if(!(validate3123(data.keySecret, {instancePath:instancePath+"/keySecret",parentData:data,parentDataProperty:"keySecret",rootData}))){
vErrors = vErrors === null ? validate3123.errors : vErrors.concat(validate3123.errors);
errors = vErrors.length;
}
}
if(data.maxVersion !== undefined){
let data7 = data.maxVersion;
if(typeof data7 !== "string"){
const err5 = {instancePath:instancePath+"/maxVersion",schemaPath:"#/properties/maxVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((data7 === "TLS10") || (data7 === "TLS11")) || (data7 === "TLS12")) || (data7 === "TLS13"))){
const err6 = {instancePath:instancePath+"/maxVersion",schemaPath:"#/properties/maxVersion/enum",keyword:"enum",params:{allowedValues: schema1239.properties.maxVersion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.minVersion !== undefined){
let data8 = data.minVersion;
if(typeof data8 !== "string"){
const err7 = {instancePath:instancePath+"/minVersion",schemaPath:"#/properties/minVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((data8 === "TLS10") || (data8 === "TLS11")) || (data8 === "TLS12")) || (data8 === "TLS13"))){
const err8 = {instancePath:instancePath+"/minVersion",schemaPath:"#/properties/minVersion/enum",keyword:"enum",params:{allowedValues: schema1239.properties.minVersion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.serverName !== undefined){
if(typeof data.serverName !== "string"){
const err9 = {instancePath:instancePath+"/serverName",schemaPath:"#/properties/serverName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate3148.errors = vErrors;
return errors === 0;
}

const pattern102 = new RegExp("^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$", "u");

function validate3121(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema1231.properties, key0))){
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
if(data.authorization !== undefined){
if(!(validate3122(data.authorization, {instancePath:instancePath+"/authorization",parentData:data,parentDataProperty:"authorization",rootData}))){
vErrors = vErrors === null ? validate3122.errors : vErrors.concat(validate3122.errors);
errors = vErrors.length;
}
}
if(data.basicAuth !== undefined){
if(!(validate3126(data.basicAuth, {instancePath:instancePath+"/basicAuth",parentData:data,parentDataProperty:"basicAuth",rootData}))){
vErrors = vErrors === null ? validate3126.errors : vErrors.concat(validate3126.errors);
errors = vErrors.length;
}
}
if(data.bearerTokenFile !== undefined){
if(typeof data.bearerTokenFile !== "string"){
const err1 = {instancePath:instancePath+"/bearerTokenFile",schemaPath:"#/properties/bearerTokenFile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.bearerTokenSecret !== undefined){
if(!(validate3123(data.bearerTokenSecret, {instancePath:instancePath+"/bearerTokenSecret",parentData:data,parentDataProperty:"bearerTokenSecret",rootData}))){
vErrors = vErrors === null ? validate3123.errors : vErrors.concat(validate3123.errors);
errors = vErrors.length;
}
}
if(data.enableHttp2 !== undefined){
if(typeof data.enableHttp2 !== "boolean"){
const err2 = {instancePath:instancePath+"/enableHttp2",schemaPath:"#/properties/enableHttp2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.filterRunning !== undefined){
if(typeof data.filterRunning !== "boolean"){
const err3 = {instancePath:instancePath+"/filterRunning",schemaPath:"#/properties/filterRunning/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.followRedirects !== undefined){
if(typeof data.followRedirects !== "boolean"){
const err4 = {instancePath:instancePath+"/followRedirects",schemaPath:"#/properties/followRedirects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.honorLabels !== undefined){
if(typeof data.honorLabels !== "boolean"){
const err5 = {instancePath:instancePath+"/honorLabels",schemaPath:"#/properties/honorLabels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.honorTimestamps !== undefined){
if(typeof data.honorTimestamps !== "boolean"){
const err6 = {instancePath:instancePath+"/honorTimestamps",schemaPath:"#/properties/honorTimestamps/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.interval !== undefined){
let data9 = data.interval;
if(typeof data9 === "string"){
if(!pattern102.test(data9)){
const err7 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/pattern",keyword:"pattern",params:{pattern: "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"},message:"must match pattern \""+"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.metricRelabelings !== undefined){
let data10 = data.metricRelabelings;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate3131(data10[i0], {instancePath:instancePath+"/metricRelabelings/" + i0,parentData:data10,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate3131.errors : vErrors.concat(validate3131.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/metricRelabelings",schemaPath:"#/properties/metricRelabelings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.noProxy !== undefined){
if(typeof data.noProxy !== "string"){
const err10 = {instancePath:instancePath+"/noProxy",schemaPath:"#/properties/noProxy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.oauth2 !== undefined){
if(!(validate3133(data.oauth2, {instancePath:instancePath+"/oauth2",parentData:data,parentDataProperty:"oauth2",rootData}))){
vErrors = vErrors === null ? validate3133.errors : vErrors.concat(validate3133.errors);
errors = vErrors.length;
}
}
if(data.params !== undefined){
let data14 = data.params;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key1 in data14){
let data15 = data14[key1];
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
if(typeof data15[i1] !== "string"){
const err11 = {instancePath:instancePath+"/params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/properties/params/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/params/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err14 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.port !== undefined){
if(typeof data.port !== "string"){
const err15 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.proxyConnectHeader !== undefined){
let data19 = data.proxyConnectHeader;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key2 in data19){
let data20 = data19[key2];
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
if(!(validate3123(data20[i2], {instancePath:instancePath+"/proxyConnectHeader/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,parentData:data20,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate3123.errors : vErrors.concat(validate3123.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/proxyConnectHeader/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/proxyConnectHeader/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err17 = {instancePath:instancePath+"/proxyConnectHeader",schemaPath:"#/properties/proxyConnectHeader/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.proxyFromEnvironment !== undefined){
if(typeof data.proxyFromEnvironment !== "boolean"){
const err18 = {instancePath:instancePath+"/proxyFromEnvironment",schemaPath:"#/properties/proxyFromEnvironment/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.proxyUrl !== undefined){
let data23 = data.proxyUrl;
if(typeof data23 === "string"){
if(!pattern103.test(data23)){
const err19 = {instancePath:instancePath+"/proxyUrl",schemaPath:"#/properties/proxyUrl/pattern",keyword:"pattern",params:{pattern: "^(http|https|socks5)://.+$"},message:"must match pattern \""+"^(http|https|socks5)://.+$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/proxyUrl",schemaPath:"#/properties/proxyUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.relabelings !== undefined){
let data24 = data.relabelings;
if(Array.isArray(data24)){
const len3 = data24.length;
for(let i3=0; i3<len3; i3++){
if(!(validate3131(data24[i3], {instancePath:instancePath+"/relabelings/" + i3,parentData:data24,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate3131.errors : vErrors.concat(validate3131.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/relabelings",schemaPath:"#/properties/relabelings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.scheme !== undefined){
let data26 = data.scheme;
if(typeof data26 !== "string"){
const err22 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((((data26 === "http") || (data26 === "https")) || (data26 === "HTTP")) || (data26 === "HTTPS"))){
const err23 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/enum",keyword:"enum",params:{allowedValues: schema1231.properties.scheme.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.scrapeTimeout !== undefined){
let data27 = data.scrapeTimeout;
if(typeof data27 === "string"){
if(!pattern102.test(data27)){
const err24 = {instancePath:instancePath+"/scrapeTimeout",schemaPath:"#/properties/scrapeTimeout/pattern",keyword:"pattern",params:{pattern: "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"},message:"must match pattern \""+"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/scrapeTimeout",schemaPath:"#/properties/scrapeTimeout/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.targetPort !== undefined){
let data28 = data.targetPort;
const _errs54 = errors;
let valid11 = false;
const _errs55 = errors;
if(typeof data28 !== "string"){
const err26 = {instancePath:instancePath+"/targetPort",schemaPath:"#/properties/targetPort/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs55 === errors;
valid11 = valid11 || _valid0;
if(!valid11){
const _errs57 = errors;
if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){
const err27 = {instancePath:instancePath+"/targetPort",schemaPath:"#/properties/targetPort/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid0 = _errs57 === errors;
valid11 = valid11 || _valid0;
}
if(!valid11){
const err28 = {instancePath:instancePath+"/targetPort",schemaPath:"#/properties/targetPort/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs54;
if(vErrors !== null){
if(_errs54){
vErrors.length = _errs54;
}
else {
vErrors = null;
}
}
}
}
if(data.tlsConfig !== undefined){
if(!(validate3148(data.tlsConfig, {instancePath:instancePath+"/tlsConfig",parentData:data,parentDataProperty:"tlsConfig",rootData}))){
vErrors = vErrors === null ? validate3148.errors : vErrors.concat(validate3148.errors);
errors = vErrors.length;
}
}
if(data.trackTimestampsStaleness !== undefined){
if(typeof data.trackTimestampsStaleness !== "boolean"){
const err29 = {instancePath:instancePath+"/trackTimestampsStaleness",schemaPath:"#/properties/trackTimestampsStaleness/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate3121.errors = vErrors;
return errors === 0;
}

const schema1240 = {"properties":{"any":{"type":"boolean"},"matchNames":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false};

function validate3154(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "any") || (key0 === "matchNames"))){
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
if(data.any !== undefined){
if(typeof data.any !== "boolean"){
const err1 = {instancePath:instancePath+"/any",schemaPath:"#/properties/any/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.matchNames !== undefined){
let data1 = data.matchNames;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err2 = {instancePath:instancePath+"/matchNames/" + i0,schemaPath:"#/properties/matchNames/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/matchNames",schemaPath:"#/properties/matchNames/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate3154.errors = vErrors;
return errors === 0;
}

const schema1241 = {"properties":{"matchExpressions":{"items":{"$ref":"#/definitions/o11"},"type":"array"},"matchLabels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object","additionalProperties":false};
const schema1242 = {"properties":{"key":{"type":"string"},"operator":{"type":"string"},"values":{"items":{"type":"string"},"type":"array"}},"required":["key","operator"],"type":"object","additionalProperties":false};

function validate3157(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.operator === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "operator"},message:"must have required property '"+"operator"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "key") || (key0 === "operator")) || (key0 === "values"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.key !== undefined){
if(typeof data.key !== "string"){
const err3 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.operator !== undefined){
if(typeof data.operator !== "string"){
const err4 = {instancePath:instancePath+"/operator",schemaPath:"#/properties/operator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.values !== undefined){
let data2 = data.values;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err5 = {instancePath:instancePath+"/values/" + i0,schemaPath:"#/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate3157.errors = vErrors;
return errors === 0;
}


function validate3156(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "matchExpressions") || (key0 === "matchLabels"))){
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
if(data.matchExpressions !== undefined){
let data0 = data.matchExpressions;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate3157(data0[i0], {instancePath:instancePath+"/matchExpressions/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate3157.errors : vErrors.concat(validate3157.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/matchExpressions",schemaPath:"#/properties/matchExpressions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.matchLabels !== undefined){
let data2 = data.matchLabels;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(typeof data2[key1] !== "string"){
const err2 = {instancePath:instancePath+"/matchLabels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/matchLabels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/matchLabels",schemaPath:"#/properties/matchLabels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate3156.errors = vErrors;
return errors === 0;
}

const pattern101 = new RegExp("(^0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$", "u");

function validate3118(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.endpoints === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoints"},message:"must have required property '"+"endpoints"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.selector === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "selector"},message:"must have required property '"+"selector"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema1229.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.attachMetadata !== undefined){
if(!(validate3119(data.attachMetadata, {instancePath:instancePath+"/attachMetadata",parentData:data,parentDataProperty:"attachMetadata",rootData}))){
vErrors = vErrors === null ? validate3119.errors : vErrors.concat(validate3119.errors);
errors = vErrors.length;
}
}
if(data.bodySizeLimit !== undefined){
let data1 = data.bodySizeLimit;
if(typeof data1 === "string"){
if(!pattern101.test(data1)){
const err3 = {instancePath:instancePath+"/bodySizeLimit",schemaPath:"#/properties/bodySizeLimit/pattern",keyword:"pattern",params:{pattern: "(^0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$"},message:"must match pattern \""+"(^0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/bodySizeLimit",schemaPath:"#/properties/bodySizeLimit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.convertClassicHistogramsToNHCB !== undefined){
if(typeof data.convertClassicHistogramsToNHCB !== "boolean"){
const err5 = {instancePath:instancePath+"/convertClassicHistogramsToNHCB",schemaPath:"#/properties/convertClassicHistogramsToNHCB/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.endpoints !== undefined){
let data3 = data.endpoints;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate3121(data3[i0], {instancePath:instancePath+"/endpoints/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate3121.errors : vErrors.concat(validate3121.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/endpoints",schemaPath:"#/properties/endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.fallbackScrapeProtocol !== undefined){
let data5 = data.fallbackScrapeProtocol;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/fallbackScrapeProtocol",schemaPath:"#/properties/fallbackScrapeProtocol/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((((data5 === "PrometheusProto") || (data5 === "OpenMetricsText0.0.1")) || (data5 === "OpenMetricsText1.0.0")) || (data5 === "PrometheusText0.0.4")) || (data5 === "PrometheusText1.0.0"))){
const err8 = {instancePath:instancePath+"/fallbackScrapeProtocol",schemaPath:"#/properties/fallbackScrapeProtocol/enum",keyword:"enum",params:{allowedValues: schema1229.properties.fallbackScrapeProtocol.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.jobLabel !== undefined){
if(typeof data.jobLabel !== "string"){
const err9 = {instancePath:instancePath+"/jobLabel",schemaPath:"#/properties/jobLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.keepDroppedTargets !== undefined){
let data7 = data.keepDroppedTargets;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err10 = {instancePath:instancePath+"/keepDroppedTargets",schemaPath:"#/properties/keepDroppedTargets/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 < 0 || isNaN(data7)){
const err11 = {instancePath:instancePath+"/keepDroppedTargets",schemaPath:"#/properties/keepDroppedTargets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.labelLimit !== undefined){
let data8 = data.labelLimit;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err12 = {instancePath:instancePath+"/labelLimit",schemaPath:"#/properties/labelLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data8 == "number"){
if(data8 < 0 || isNaN(data8)){
const err13 = {instancePath:instancePath+"/labelLimit",schemaPath:"#/properties/labelLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.labelNameLengthLimit !== undefined){
let data9 = data.labelNameLengthLimit;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err14 = {instancePath:instancePath+"/labelNameLengthLimit",schemaPath:"#/properties/labelNameLengthLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data9 == "number"){
if(data9 < 0 || isNaN(data9)){
const err15 = {instancePath:instancePath+"/labelNameLengthLimit",schemaPath:"#/properties/labelNameLengthLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.labelValueLengthLimit !== undefined){
let data10 = data.labelValueLengthLimit;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err16 = {instancePath:instancePath+"/labelValueLengthLimit",schemaPath:"#/properties/labelValueLengthLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
const err17 = {instancePath:instancePath+"/labelValueLengthLimit",schemaPath:"#/properties/labelValueLengthLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.namespaceSelector !== undefined){
if(!(validate3154(data.namespaceSelector, {instancePath:instancePath+"/namespaceSelector",parentData:data,parentDataProperty:"namespaceSelector",rootData}))){
vErrors = vErrors === null ? validate3154.errors : vErrors.concat(validate3154.errors);
errors = vErrors.length;
}
}
if(data.nativeHistogramBucketLimit !== undefined){
let data12 = data.nativeHistogramBucketLimit;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err18 = {instancePath:instancePath+"/nativeHistogramBucketLimit",schemaPath:"#/properties/nativeHistogramBucketLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 < 0 || isNaN(data12)){
const err19 = {instancePath:instancePath+"/nativeHistogramBucketLimit",schemaPath:"#/properties/nativeHistogramBucketLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.nativeHistogramMinBucketFactor !== undefined){
let data13 = data.nativeHistogramMinBucketFactor;
const _errs26 = errors;
let valid3 = false;
const _errs27 = errors;
if(typeof data13 !== "string"){
const err20 = {instancePath:instancePath+"/nativeHistogramMinBucketFactor",schemaPath:"#/properties/nativeHistogramMinBucketFactor/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs27 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs29 = errors;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err21 = {instancePath:instancePath+"/nativeHistogramMinBucketFactor",schemaPath:"#/properties/nativeHistogramMinBucketFactor/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs29 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err22 = {instancePath:instancePath+"/nativeHistogramMinBucketFactor",schemaPath:"#/properties/nativeHistogramMinBucketFactor/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data.podTargetLabels !== undefined){
let data14 = data.podTargetLabels;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
if(typeof data14[i1] !== "string"){
const err23 = {instancePath:instancePath+"/podTargetLabels/" + i1,schemaPath:"#/properties/podTargetLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/podTargetLabels",schemaPath:"#/properties/podTargetLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.sampleLimit !== undefined){
let data16 = data.sampleLimit;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err25 = {instancePath:instancePath+"/sampleLimit",schemaPath:"#/properties/sampleLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(typeof data16 == "number"){
if(data16 < 0 || isNaN(data16)){
const err26 = {instancePath:instancePath+"/sampleLimit",schemaPath:"#/properties/sampleLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.scrapeClass !== undefined){
let data17 = data.scrapeClass;
if(typeof data17 === "string"){
if(func50(data17) < 1){
const err27 = {instancePath:instancePath+"/scrapeClass",schemaPath:"#/properties/scrapeClass/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/scrapeClass",schemaPath:"#/properties/scrapeClass/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.scrapeClassicHistograms !== undefined){
if(typeof data.scrapeClassicHistograms !== "boolean"){
const err29 = {instancePath:instancePath+"/scrapeClassicHistograms",schemaPath:"#/properties/scrapeClassicHistograms/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.scrapeNativeHistograms !== undefined){
if(typeof data.scrapeNativeHistograms !== "boolean"){
const err30 = {instancePath:instancePath+"/scrapeNativeHistograms",schemaPath:"#/properties/scrapeNativeHistograms/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.scrapeProtocols !== undefined){
let data20 = data.scrapeProtocols;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
let data21 = data20[i2];
if(typeof data21 !== "string"){
const err31 = {instancePath:instancePath+"/scrapeProtocols/" + i2,schemaPath:"#/properties/scrapeProtocols/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!(((((data21 === "PrometheusProto") || (data21 === "OpenMetricsText0.0.1")) || (data21 === "OpenMetricsText1.0.0")) || (data21 === "PrometheusText0.0.4")) || (data21 === "PrometheusText1.0.0"))){
const err32 = {instancePath:instancePath+"/scrapeProtocols/" + i2,schemaPath:"#/properties/scrapeProtocols/items/enum",keyword:"enum",params:{allowedValues: schema1229.properties.scrapeProtocols.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/scrapeProtocols",schemaPath:"#/properties/scrapeProtocols/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.selector !== undefined){
if(!(validate3156(data.selector, {instancePath:instancePath+"/selector",parentData:data,parentDataProperty:"selector",rootData}))){
vErrors = vErrors === null ? validate3156.errors : vErrors.concat(validate3156.errors);
errors = vErrors.length;
}
}
if(data.selectorMechanism !== undefined){
let data23 = data.selectorMechanism;
if(typeof data23 !== "string"){
const err34 = {instancePath:instancePath+"/selectorMechanism",schemaPath:"#/properties/selectorMechanism/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!((data23 === "RelabelConfig") || (data23 === "RoleSelector"))){
const err35 = {instancePath:instancePath+"/selectorMechanism",schemaPath:"#/properties/selectorMechanism/enum",keyword:"enum",params:{allowedValues: schema1229.properties.selectorMechanism.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.serviceDiscoveryRole !== undefined){
let data24 = data.serviceDiscoveryRole;
if(typeof data24 !== "string"){
const err36 = {instancePath:instancePath+"/serviceDiscoveryRole",schemaPath:"#/properties/serviceDiscoveryRole/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!((data24 === "Endpoints") || (data24 === "EndpointSlice"))){
const err37 = {instancePath:instancePath+"/serviceDiscoveryRole",schemaPath:"#/properties/serviceDiscoveryRole/enum",keyword:"enum",params:{allowedValues: schema1229.properties.serviceDiscoveryRole.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.targetLabels !== undefined){
let data25 = data.targetLabels;
if(Array.isArray(data25)){
const len3 = data25.length;
for(let i3=0; i3<len3; i3++){
if(typeof data25[i3] !== "string"){
const err38 = {instancePath:instancePath+"/targetLabels/" + i3,schemaPath:"#/properties/targetLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/targetLabels",schemaPath:"#/properties/targetLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.targetLimit !== undefined){
let data27 = data.targetLimit;
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
const err40 = {instancePath:instancePath+"/targetLimit",schemaPath:"#/properties/targetLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(typeof data27 == "number"){
if(data27 < 0 || isNaN(data27)){
const err41 = {instancePath:instancePath+"/targetLimit",schemaPath:"#/properties/targetLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate3118.errors = vErrors;
return errors === 0;
}


function validate3111(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate3112(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate3112.errors : vErrors.concat(validate3112.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
if(!(validate3118(data.spec, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData}))){
vErrors = vErrors === null ? validate3118.errors : vErrors.concat(validate3118.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate3111.errors = vErrors;
return errors === 0;
}
