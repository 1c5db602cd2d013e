"use strict";
module.exports = validate2076;
module.exports.default = validate2076;
const schema800 = {"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},"spec":{"properties":{"addresses":{"items":{"oneOf":[{"properties":{"type":{"enum":["IPAddress"]},"value":{"anyOf":[{"format":"ipv4"},{"format":"ipv6"}]}},"additionalProperties":false},{"properties":{"type":{"not":{"enum":["IPAddress"]}}},"additionalProperties":false}],"properties":{"type":{"default":"IPAddress","maxLength":253,"minLength":1,"pattern":"^Hostname|IPAddress|NamedAddress|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$","type":"string"},"value":{"maxLength":253,"type":"string"}},"type":"object","additionalProperties":false},"maxItems":16,"type":"array"},"allowedListeners":{"properties":{"namespaces":{"default":{"from":"None"},"properties":{"from":{"default":"None","enum":["All","Selector","Same","None"],"type":"string"},"selector":{"properties":{"matchExpressions":{"items":{"properties":{"key":{"type":"string"},"operator":{"type":"string"},"values":{"items":{"type":"string"},"type":"array"}},"required":["key","operator"],"type":"object","additionalProperties":false},"type":"array"},"matchLabels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"gatewayClassName":{"maxLength":253,"minLength":1,"type":"string"},"infrastructure":{"properties":{"annotations":{"additionalProperties":{"maxLength":4096,"minLength":0,"type":"string"},"maxProperties":16,"type":"object"},"labels":{"additionalProperties":{"maxLength":63,"minLength":0,"pattern":"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$","type":"string"},"maxProperties":8,"type":"object"},"parametersRef":{"properties":{"group":{"maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"maxLength":253,"minLength":1,"type":"string"}},"required":["group","kind","name"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"listeners":{"items":{"properties":{"allowedRoutes":{"default":{"namespaces":{"from":"Same"}},"properties":{"kinds":{"items":{"properties":{"group":{"default":"gateway.networking.k8s.io","maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"}},"required":["kind"],"type":"object","additionalProperties":false},"maxItems":8,"type":"array"},"namespaces":{"default":{"from":"Same"},"properties":{"from":{"default":"Same","enum":["All","Selector","Same"],"type":"string"},"selector":{"properties":{"matchExpressions":{"items":{"properties":{"key":{"type":"string"},"operator":{"type":"string"},"values":{"items":{"type":"string"},"type":"array"}},"required":["key","operator"],"type":"object","additionalProperties":false},"type":"array"},"matchLabels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"hostname":{"maxLength":253,"minLength":1,"pattern":"^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"protocol":{"maxLength":255,"minLength":1,"pattern":"^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9]+$","type":"string"},"tls":{"properties":{"certificateRefs":{"items":{"properties":{"group":{"default":"","maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"default":"Secret","maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"maxLength":253,"minLength":1,"type":"string"},"namespace":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["name"],"type":"object","additionalProperties":false},"maxItems":64,"type":"array"},"mode":{"default":"Terminate","enum":["Terminate","Passthrough"],"type":"string"},"options":{"additionalProperties":{"maxLength":4096,"minLength":0,"type":"string"},"maxProperties":16,"type":"object"}},"type":"object","additionalProperties":false}},"required":["name","port","protocol"],"type":"object","additionalProperties":false},"maxItems":64,"minItems":1,"type":"array"},"tls":{"properties":{"backend":{"properties":{"clientCertificateRef":{"properties":{"group":{"default":"","maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"default":"Secret","maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"maxLength":253,"minLength":1,"type":"string"},"namespace":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["name"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"frontend":{"properties":{"default":{"properties":{"validation":{"properties":{"caCertificateRefs":{"items":{"properties":{"group":{"maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"maxLength":253,"minLength":1,"type":"string"},"namespace":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["group","kind","name"],"type":"object","additionalProperties":false},"maxItems":16,"minItems":1,"type":"array"},"mode":{"default":"AllowValidOnly","enum":["AllowValidOnly","AllowInsecureFallback"],"type":"string"}},"required":["caCertificateRefs"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"perPort":{"items":{"properties":{"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"tls":{"properties":{"validation":{"properties":{"caCertificateRefs":{"items":{"properties":{"group":{"maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"maxLength":253,"minLength":1,"type":"string"},"namespace":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["group","kind","name"],"type":"object","additionalProperties":false},"maxItems":16,"minItems":1,"type":"array"},"mode":{"default":"AllowValidOnly","enum":["AllowValidOnly","AllowInsecureFallback"],"type":"string"}},"required":["caCertificateRefs"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"required":["port","tls"],"type":"object","additionalProperties":false},"maxItems":64,"type":"array"}},"required":["default"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"required":["gatewayClassName","listeners"],"type":"object","additionalProperties":false}},"required":["spec"],"type":"object","additionalProperties":false};
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


function validate2077(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate2077.errors = vErrors;
return errors === 0;
}

const func61 = require("ajv/dist/runtime/ucs2length").default;
const pattern25 = new RegExp("^Hostname|IPAddress|NamedAddress|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$", "u");
const pattern26 = new RegExp("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "u");
const pattern27 = new RegExp("^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
const pattern28 = new RegExp("^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$", "u");
const pattern31 = new RegExp("^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
const pattern3 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
const pattern33 = new RegExp("^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9]+$", "u");
const pattern36 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");

function validate2076(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate2077(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate2077.errors : vErrors.concat(validate2077.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
let data3 = data.spec;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.gatewayClassName === undefined){
const err4 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "gatewayClassName"},message:"must have required property '"+"gatewayClassName"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3.listeners === undefined){
const err5 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "listeners"},message:"must have required property '"+"listeners"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data3){
if(!((((((key1 === "addresses") || (key1 === "allowedListeners")) || (key1 === "gatewayClassName")) || (key1 === "infrastructure")) || (key1 === "listeners")) || (key1 === "tls"))){
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
if(data3.addresses !== undefined){
let data4 = data3.addresses;
if(Array.isArray(data4)){
if(data4.length > 16){
const err7 = {instancePath:instancePath+"/spec/addresses",schemaPath:"#/properties/spec/properties/addresses/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs14 = errors;
let valid4 = false;
let passing0 = null;
const _errs15 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(!((key2 === "type") || (key2 === "value"))){
const err8 = {instancePath:instancePath+"/spec/addresses/" + i0,schemaPath:"#/properties/spec/properties/addresses/items/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data5.type !== undefined){
if(!(data5.type === "IPAddress")){
const err9 = {instancePath:instancePath+"/spec/addresses/" + i0+"/type",schemaPath:"#/properties/spec/properties/addresses/items/oneOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema800.properties.spec.properties.addresses.items.oneOf[0].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data5.value !== undefined){
const _errs19 = errors;
let valid6 = false;
const _errs20 = errors;
var _valid1 = _errs20 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs21 = errors;
var _valid1 = _errs21 === errors;
valid6 = valid6 || _valid1;
}
if(!valid6){
const err10 = {instancePath:instancePath+"/spec/addresses/" + i0+"/value",schemaPath:"#/properties/spec/properties/addresses/items/oneOf/0/properties/value/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
}
var _valid0 = _errs15 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs22 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key3 in data5){
if(!(key3 === "type")){
const err11 = {instancePath:instancePath+"/spec/addresses/" + i0,schemaPath:"#/properties/spec/properties/addresses/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5.type !== undefined){
const _errs25 = errors;
const _errs26 = errors;
if(!(data5.type === "IPAddress")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid8 = _errs26 === errors;
if(valid8){
const err13 = {instancePath:instancePath+"/spec/addresses/" + i0+"/type",schemaPath:"#/properties/spec/properties/addresses/items/oneOf/1/properties/type/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
}
}
var _valid0 = _errs22 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err14 = {instancePath:instancePath+"/spec/addresses/" + i0,schemaPath:"#/properties/spec/properties/addresses/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key4 in data5){
if(!((key4 === "type") || (key4 === "value"))){
const err15 = {instancePath:instancePath+"/spec/addresses/" + i0,schemaPath:"#/properties/spec/properties/addresses/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.type !== undefined){
let data9 = data5.type;
if(typeof data9 === "string"){
if(func61(data9) > 253){
const err16 = {instancePath:instancePath+"/spec/addresses/" + i0+"/type",schemaPath:"#/properties/spec/properties/addresses/items/properties/type/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func61(data9) < 1){
const err17 = {instancePath:instancePath+"/spec/addresses/" + i0+"/type",schemaPath:"#/properties/spec/properties/addresses/items/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern25.test(data9)){
const err18 = {instancePath:instancePath+"/spec/addresses/" + i0+"/type",schemaPath:"#/properties/spec/properties/addresses/items/properties/type/pattern",keyword:"pattern",params:{pattern: "^Hostname|IPAddress|NamedAddress|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$"},message:"must match pattern \""+"^Hostname|IPAddress|NamedAddress|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/spec/addresses/" + i0+"/type",schemaPath:"#/properties/spec/properties/addresses/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.value !== undefined){
let data10 = data5.value;
if(typeof data10 === "string"){
if(func61(data10) > 253){
const err20 = {instancePath:instancePath+"/spec/addresses/" + i0+"/value",schemaPath:"#/properties/spec/properties/addresses/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/spec/addresses/" + i0+"/value",schemaPath:"#/properties/spec/properties/addresses/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err22 = {instancePath:instancePath+"/spec/addresses/" + i0,schemaPath:"#/properties/spec/properties/addresses/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err23 = {instancePath:instancePath+"/spec/addresses",schemaPath:"#/properties/spec/properties/addresses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data3.allowedListeners !== undefined){
let data11 = data3.allowedListeners;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key5 in data11){
if(!(key5 === "namespaces")){
const err24 = {instancePath:instancePath+"/spec/allowedListeners",schemaPath:"#/properties/spec/properties/allowedListeners/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data11.namespaces !== undefined){
let data12 = data11.namespaces;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key6 in data12){
if(!((key6 === "from") || (key6 === "selector"))){
const err25 = {instancePath:instancePath+"/spec/allowedListeners/namespaces",schemaPath:"#/properties/spec/properties/allowedListeners/properties/namespaces/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data12.from !== undefined){
let data13 = data12.from;
if(typeof data13 !== "string"){
const err26 = {instancePath:instancePath+"/spec/allowedListeners/namespaces/from",schemaPath:"#/properties/spec/properties/allowedListeners/properties/namespaces/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!((((data13 === "All") || (data13 === "Selector")) || (data13 === "Same")) || (data13 === "None"))){
const err27 = {instancePath:instancePath+"/spec/allowedListeners/namespaces/from",schemaPath:"#/properties/spec/properties/allowedListeners/properties/namespaces/properties/from/enum",keyword:"enum",params:{allowedValues: schema800.properties.spec.properties.allowedListeners.properties.namespaces.properties.from.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data12.selector !== undefined){
let data14 = data12.selector;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key7 in data14){
if(!((key7 === "matchExpressions") || (key7 === "matchLabels"))){
const err28 = {instancePath:instancePath+"/spec/allowedListeners/namespaces/selector",schemaPath:"#/properties/spec/properties/allowedListeners/properties/namespaces/properties/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data14.matchExpressions !== undefined){
let data15 = data14.matchExpressions;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.key === undefined){
const err29 = {instancePath:instancePath+"/spec/allowedListeners/namespaces/selector/matchExpressions/" + i1,schemaPath:"#/properties/spec/properties/allowedListeners/properties/namespaces/properties/selector/properties/matchExpressions/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data16.operator === undefined){
const err30 = {instancePath:instancePath+"/spec/allowedListeners/namespaces/selector/matchExpressions/" + i1,schemaPath:"#/properties/spec/properties/allowedListeners/properties/namespaces/properties/selector/properties/matchExpressions/items/required",keyword:"required",params:{missingProperty: "operator"},message:"must have required property '"+"operator"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key8 in data16){
if(!(((key8 === "key") || (key8 === "operator")) || (key8 === "values"))){
const err31 = {instancePath:instancePath+"/spec/allowedListeners/namespaces/selector/matchExpressions/" + i1,schemaPath:"#/properties/spec/properties/allowedListeners/properties/namespaces/properties/selector/properties/matchExpressions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data16.key !== undefined){
if(typeof data16.key !== "string"){
const err32 = {instancePath:instancePath+"/spec/allowedListeners/namespaces/selector/matchExpressions/" + i1+"/key",schemaPath:"#/properties/spec/properties/allowedListeners/properties/namespaces/properties/selector/properties/matchExpressions/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data16.operator !== undefined){
if(typeof data16.operator !== "string"){
const err33 = {instancePath:instancePath+"/spec/allowedListeners/namespaces/selector/matchExpressions/" + i1+"/operator",schemaPath:"#/properties/spec/properties/allowedListeners/properties/namespaces/properties/selector/properties/matchExpressions/items/properties/operator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data16.values !== undefined){
let data19 = data16.values;
if(Array.isArray(data19)){
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
if(typeof data19[i2] !== "string"){
const err34 = {instancePath:instancePath+"/spec/allowedListeners/namespaces/selector/matchExpressions/" + i1+"/values/" + i2,schemaPath:"#/properties/spec/properties/allowedListeners/properties/namespaces/properties/selector/properties/matchExpressions/items/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err35 = {instancePath:instancePath+"/spec/allowedListeners/namespaces/selector/matchExpressions/" + i1+"/values",schemaPath:"#/properties/spec/properties/allowedListeners/properties/namespaces/properties/selector/properties/matchExpressions/items/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err36 = {instancePath:instancePath+"/spec/allowedListeners/namespaces/selector/matchExpressions/" + i1,schemaPath:"#/properties/spec/properties/allowedListeners/properties/namespaces/properties/selector/properties/matchExpressions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/spec/allowedListeners/namespaces/selector/matchExpressions",schemaPath:"#/properties/spec/properties/allowedListeners/properties/namespaces/properties/selector/properties/matchExpressions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data14.matchLabels !== undefined){
let data21 = data14.matchLabels;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key9 in data21){
if(typeof data21[key9] !== "string"){
const err38 = {instancePath:instancePath+"/spec/allowedListeners/namespaces/selector/matchLabels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/allowedListeners/properties/namespaces/properties/selector/properties/matchLabels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err39 = {instancePath:instancePath+"/spec/allowedListeners/namespaces/selector/matchLabels",schemaPath:"#/properties/spec/properties/allowedListeners/properties/namespaces/properties/selector/properties/matchLabels/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err40 = {instancePath:instancePath+"/spec/allowedListeners/namespaces/selector",schemaPath:"#/properties/spec/properties/allowedListeners/properties/namespaces/properties/selector/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/spec/allowedListeners/namespaces",schemaPath:"#/properties/spec/properties/allowedListeners/properties/namespaces/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err42 = {instancePath:instancePath+"/spec/allowedListeners",schemaPath:"#/properties/spec/properties/allowedListeners/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data3.gatewayClassName !== undefined){
let data23 = data3.gatewayClassName;
if(typeof data23 === "string"){
if(func61(data23) > 253){
const err43 = {instancePath:instancePath+"/spec/gatewayClassName",schemaPath:"#/properties/spec/properties/gatewayClassName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(func61(data23) < 1){
const err44 = {instancePath:instancePath+"/spec/gatewayClassName",schemaPath:"#/properties/spec/properties/gatewayClassName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/spec/gatewayClassName",schemaPath:"#/properties/spec/properties/gatewayClassName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data3.infrastructure !== undefined){
let data24 = data3.infrastructure;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key10 in data24){
if(!(((key10 === "annotations") || (key10 === "labels")) || (key10 === "parametersRef"))){
const err46 = {instancePath:instancePath+"/spec/infrastructure",schemaPath:"#/properties/spec/properties/infrastructure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data24.annotations !== undefined){
let data25 = data24.annotations;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(Object.keys(data25).length > 16){
const err47 = {instancePath:instancePath+"/spec/infrastructure/annotations",schemaPath:"#/properties/spec/properties/infrastructure/properties/annotations/maxProperties",keyword:"maxProperties",params:{limit: 16},message:"must NOT have more than 16 properties"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
for(const key11 in data25){
let data26 = data25[key11];
if(typeof data26 === "string"){
if(func61(data26) > 4096){
const err48 = {instancePath:instancePath+"/spec/infrastructure/annotations/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/infrastructure/properties/annotations/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(func61(data26) < 0){
const err49 = {instancePath:instancePath+"/spec/infrastructure/annotations/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/infrastructure/properties/annotations/additionalProperties/minLength",keyword:"minLength",params:{limit: 0},message:"must NOT have fewer than 0 characters"};
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
const err50 = {instancePath:instancePath+"/spec/infrastructure/annotations/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/infrastructure/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/spec/infrastructure/annotations",schemaPath:"#/properties/spec/properties/infrastructure/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data24.labels !== undefined){
let data27 = data24.labels;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(Object.keys(data27).length > 8){
const err52 = {instancePath:instancePath+"/spec/infrastructure/labels",schemaPath:"#/properties/spec/properties/infrastructure/properties/labels/maxProperties",keyword:"maxProperties",params:{limit: 8},message:"must NOT have more than 8 properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key12 in data27){
let data28 = data27[key12];
if(typeof data28 === "string"){
if(func61(data28) > 63){
const err53 = {instancePath:instancePath+"/spec/infrastructure/labels/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/infrastructure/properties/labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(func61(data28) < 0){
const err54 = {instancePath:instancePath+"/spec/infrastructure/labels/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/infrastructure/properties/labels/additionalProperties/minLength",keyword:"minLength",params:{limit: 0},message:"must NOT have fewer than 0 characters"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(!pattern26.test(data28)){
const err55 = {instancePath:instancePath+"/spec/infrastructure/labels/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/infrastructure/properties/labels/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"},message:"must match pattern \""+"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/spec/infrastructure/labels/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/infrastructure/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/spec/infrastructure/labels",schemaPath:"#/properties/spec/properties/infrastructure/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data24.parametersRef !== undefined){
let data29 = data24.parametersRef;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.group === undefined){
const err58 = {instancePath:instancePath+"/spec/infrastructure/parametersRef",schemaPath:"#/properties/spec/properties/infrastructure/properties/parametersRef/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data29.kind === undefined){
const err59 = {instancePath:instancePath+"/spec/infrastructure/parametersRef",schemaPath:"#/properties/spec/properties/infrastructure/properties/parametersRef/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data29.name === undefined){
const err60 = {instancePath:instancePath+"/spec/infrastructure/parametersRef",schemaPath:"#/properties/spec/properties/infrastructure/properties/parametersRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key13 in data29){
if(!(((key13 === "group") || (key13 === "kind")) || (key13 === "name"))){
const err61 = {instancePath:instancePath+"/spec/infrastructure/parametersRef",schemaPath:"#/properties/spec/properties/infrastructure/properties/parametersRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data29.group !== undefined){
let data30 = data29.group;
if(typeof data30 === "string"){
if(func61(data30) > 253){
const err62 = {instancePath:instancePath+"/spec/infrastructure/parametersRef/group",schemaPath:"#/properties/spec/properties/infrastructure/properties/parametersRef/properties/group/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(!pattern27.test(data30)){
const err63 = {instancePath:instancePath+"/spec/infrastructure/parametersRef/group",schemaPath:"#/properties/spec/properties/infrastructure/properties/parametersRef/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/spec/infrastructure/parametersRef/group",schemaPath:"#/properties/spec/properties/infrastructure/properties/parametersRef/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data29.kind !== undefined){
let data31 = data29.kind;
if(typeof data31 === "string"){
if(func61(data31) > 63){
const err65 = {instancePath:instancePath+"/spec/infrastructure/parametersRef/kind",schemaPath:"#/properties/spec/properties/infrastructure/properties/parametersRef/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(func61(data31) < 1){
const err66 = {instancePath:instancePath+"/spec/infrastructure/parametersRef/kind",schemaPath:"#/properties/spec/properties/infrastructure/properties/parametersRef/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!pattern28.test(data31)){
const err67 = {instancePath:instancePath+"/spec/infrastructure/parametersRef/kind",schemaPath:"#/properties/spec/properties/infrastructure/properties/parametersRef/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"},message:"must match pattern \""+"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/spec/infrastructure/parametersRef/kind",schemaPath:"#/properties/spec/properties/infrastructure/properties/parametersRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data29.name !== undefined){
let data32 = data29.name;
if(typeof data32 === "string"){
if(func61(data32) > 253){
const err69 = {instancePath:instancePath+"/spec/infrastructure/parametersRef/name",schemaPath:"#/properties/spec/properties/infrastructure/properties/parametersRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(func61(data32) < 1){
const err70 = {instancePath:instancePath+"/spec/infrastructure/parametersRef/name",schemaPath:"#/properties/spec/properties/infrastructure/properties/parametersRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/spec/infrastructure/parametersRef/name",schemaPath:"#/properties/spec/properties/infrastructure/properties/parametersRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/spec/infrastructure/parametersRef",schemaPath:"#/properties/spec/properties/infrastructure/properties/parametersRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/spec/infrastructure",schemaPath:"#/properties/spec/properties/infrastructure/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data3.listeners !== undefined){
let data33 = data3.listeners;
if(Array.isArray(data33)){
if(data33.length > 64){
const err74 = {instancePath:instancePath+"/spec/listeners",schemaPath:"#/properties/spec/properties/listeners/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data33.length < 1){
const err75 = {instancePath:instancePath+"/spec/listeners",schemaPath:"#/properties/spec/properties/listeners/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
const len3 = data33.length;
for(let i3=0; i3<len3; i3++){
let data34 = data33[i3];
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.name === undefined){
const err76 = {instancePath:instancePath+"/spec/listeners/" + i3,schemaPath:"#/properties/spec/properties/listeners/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data34.port === undefined){
const err77 = {instancePath:instancePath+"/spec/listeners/" + i3,schemaPath:"#/properties/spec/properties/listeners/items/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data34.protocol === undefined){
const err78 = {instancePath:instancePath+"/spec/listeners/" + i3,schemaPath:"#/properties/spec/properties/listeners/items/required",keyword:"required",params:{missingProperty: "protocol"},message:"must have required property '"+"protocol"+"'"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
for(const key14 in data34){
if(!((((((key14 === "allowedRoutes") || (key14 === "hostname")) || (key14 === "name")) || (key14 === "port")) || (key14 === "protocol")) || (key14 === "tls"))){
const err79 = {instancePath:instancePath+"/spec/listeners/" + i3,schemaPath:"#/properties/spec/properties/listeners/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data34.allowedRoutes !== undefined){
let data35 = data34.allowedRoutes;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key15 in data35){
if(!((key15 === "kinds") || (key15 === "namespaces"))){
const err80 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data35.kinds !== undefined){
let data36 = data35.kinds;
if(Array.isArray(data36)){
if(data36.length > 8){
const err81 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/kinds",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/kinds/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
const len4 = data36.length;
for(let i4=0; i4<len4; i4++){
let data37 = data36[i4];
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.kind === undefined){
const err82 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/kinds/" + i4,schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/kinds/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key16 in data37){
if(!((key16 === "group") || (key16 === "kind"))){
const err83 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/kinds/" + i4,schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/kinds/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data37.group !== undefined){
let data38 = data37.group;
if(typeof data38 === "string"){
if(func61(data38) > 253){
const err84 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/kinds/" + i4+"/group",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/kinds/items/properties/group/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(!pattern27.test(data38)){
const err85 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/kinds/" + i4+"/group",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/kinds/items/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/kinds/" + i4+"/group",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/kinds/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data37.kind !== undefined){
let data39 = data37.kind;
if(typeof data39 === "string"){
if(func61(data39) > 63){
const err87 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/kinds/" + i4+"/kind",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/kinds/items/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(func61(data39) < 1){
const err88 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/kinds/" + i4+"/kind",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/kinds/items/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(!pattern28.test(data39)){
const err89 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/kinds/" + i4+"/kind",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/kinds/items/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"},message:"must match pattern \""+"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/kinds/" + i4+"/kind",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/kinds/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/kinds/" + i4,schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/kinds/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/kinds",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/kinds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data35.namespaces !== undefined){
let data40 = data35.namespaces;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
for(const key17 in data40){
if(!((key17 === "from") || (key17 === "selector"))){
const err93 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/namespaces",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/namespaces/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data40.from !== undefined){
let data41 = data40.from;
if(typeof data41 !== "string"){
const err94 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/namespaces/from",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/namespaces/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(!(((data41 === "All") || (data41 === "Selector")) || (data41 === "Same"))){
const err95 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/namespaces/from",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/namespaces/properties/from/enum",keyword:"enum",params:{allowedValues: schema800.properties.spec.properties.listeners.items.properties.allowedRoutes.properties.namespaces.properties.from.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data40.selector !== undefined){
let data42 = data40.selector;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key18 in data42){
if(!((key18 === "matchExpressions") || (key18 === "matchLabels"))){
const err96 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/namespaces/selector",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/namespaces/properties/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data42.matchExpressions !== undefined){
let data43 = data42.matchExpressions;
if(Array.isArray(data43)){
const len5 = data43.length;
for(let i5=0; i5<len5; i5++){
let data44 = data43[i5];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.key === undefined){
const err97 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/namespaces/selector/matchExpressions/" + i5,schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/namespaces/properties/selector/properties/matchExpressions/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data44.operator === undefined){
const err98 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/namespaces/selector/matchExpressions/" + i5,schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/namespaces/properties/selector/properties/matchExpressions/items/required",keyword:"required",params:{missingProperty: "operator"},message:"must have required property '"+"operator"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
for(const key19 in data44){
if(!(((key19 === "key") || (key19 === "operator")) || (key19 === "values"))){
const err99 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/namespaces/selector/matchExpressions/" + i5,schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/namespaces/properties/selector/properties/matchExpressions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data44.key !== undefined){
if(typeof data44.key !== "string"){
const err100 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/namespaces/selector/matchExpressions/" + i5+"/key",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/namespaces/properties/selector/properties/matchExpressions/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data44.operator !== undefined){
if(typeof data44.operator !== "string"){
const err101 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/namespaces/selector/matchExpressions/" + i5+"/operator",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/namespaces/properties/selector/properties/matchExpressions/items/properties/operator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data44.values !== undefined){
let data47 = data44.values;
if(Array.isArray(data47)){
const len6 = data47.length;
for(let i6=0; i6<len6; i6++){
if(typeof data47[i6] !== "string"){
const err102 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/namespaces/selector/matchExpressions/" + i5+"/values/" + i6,schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/namespaces/properties/selector/properties/matchExpressions/items/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/namespaces/selector/matchExpressions/" + i5+"/values",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/namespaces/properties/selector/properties/matchExpressions/items/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err104 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/namespaces/selector/matchExpressions/" + i5,schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/namespaces/properties/selector/properties/matchExpressions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/namespaces/selector/matchExpressions",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/namespaces/properties/selector/properties/matchExpressions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data42.matchLabels !== undefined){
let data49 = data42.matchLabels;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
for(const key20 in data49){
if(typeof data49[key20] !== "string"){
const err106 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/namespaces/selector/matchLabels/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/namespaces/properties/selector/properties/matchLabels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err107 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/namespaces/selector/matchLabels",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/namespaces/properties/selector/properties/matchLabels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/namespaces/selector",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/namespaces/properties/selector/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err109 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes/namespaces",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/properties/namespaces/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath:instancePath+"/spec/listeners/" + i3+"/allowedRoutes",schemaPath:"#/properties/spec/properties/listeners/items/properties/allowedRoutes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data34.hostname !== undefined){
let data51 = data34.hostname;
if(typeof data51 === "string"){
if(func61(data51) > 253){
const err111 = {instancePath:instancePath+"/spec/listeners/" + i3+"/hostname",schemaPath:"#/properties/spec/properties/listeners/items/properties/hostname/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(func61(data51) < 1){
const err112 = {instancePath:instancePath+"/spec/listeners/" + i3+"/hostname",schemaPath:"#/properties/spec/properties/listeners/items/properties/hostname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(!pattern31.test(data51)){
const err113 = {instancePath:instancePath+"/spec/listeners/" + i3+"/hostname",schemaPath:"#/properties/spec/properties/listeners/items/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/spec/listeners/" + i3+"/hostname",schemaPath:"#/properties/spec/properties/listeners/items/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data34.name !== undefined){
let data52 = data34.name;
if(typeof data52 === "string"){
if(func61(data52) > 253){
const err115 = {instancePath:instancePath+"/spec/listeners/" + i3+"/name",schemaPath:"#/properties/spec/properties/listeners/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(func61(data52) < 1){
const err116 = {instancePath:instancePath+"/spec/listeners/" + i3+"/name",schemaPath:"#/properties/spec/properties/listeners/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(!pattern3.test(data52)){
const err117 = {instancePath:instancePath+"/spec/listeners/" + i3+"/name",schemaPath:"#/properties/spec/properties/listeners/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/spec/listeners/" + i3+"/name",schemaPath:"#/properties/spec/properties/listeners/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data34.port !== undefined){
let data53 = data34.port;
if(!((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53)))){
const err119 = {instancePath:instancePath+"/spec/listeners/" + i3+"/port",schemaPath:"#/properties/spec/properties/listeners/items/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(typeof data53 == "number"){
if(data53 > 65535 || isNaN(data53)){
const err120 = {instancePath:instancePath+"/spec/listeners/" + i3+"/port",schemaPath:"#/properties/spec/properties/listeners/items/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data53 < 1 || isNaN(data53)){
const err121 = {instancePath:instancePath+"/spec/listeners/" + i3+"/port",schemaPath:"#/properties/spec/properties/listeners/items/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
if(data34.protocol !== undefined){
let data54 = data34.protocol;
if(typeof data54 === "string"){
if(func61(data54) > 255){
const err122 = {instancePath:instancePath+"/spec/listeners/" + i3+"/protocol",schemaPath:"#/properties/spec/properties/listeners/items/properties/protocol/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(func61(data54) < 1){
const err123 = {instancePath:instancePath+"/spec/listeners/" + i3+"/protocol",schemaPath:"#/properties/spec/properties/listeners/items/properties/protocol/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(!pattern33.test(data54)){
const err124 = {instancePath:instancePath+"/spec/listeners/" + i3+"/protocol",schemaPath:"#/properties/spec/properties/listeners/items/properties/protocol/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9]+$"},message:"must match pattern \""+"^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/spec/listeners/" + i3+"/protocol",schemaPath:"#/properties/spec/properties/listeners/items/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data34.tls !== undefined){
let data55 = data34.tls;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
for(const key21 in data55){
if(!(((key21 === "certificateRefs") || (key21 === "mode")) || (key21 === "options"))){
const err126 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data55.certificateRefs !== undefined){
let data56 = data55.certificateRefs;
if(Array.isArray(data56)){
if(data56.length > 64){
const err127 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
const len7 = data56.length;
for(let i7=0; i7<len7; i7++){
let data57 = data56[i7];
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
if(data57.name === undefined){
const err128 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs/" + i7,schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
for(const key22 in data57){
if(!((((key22 === "group") || (key22 === "kind")) || (key22 === "name")) || (key22 === "namespace"))){
const err129 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs/" + i7,schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data57.group !== undefined){
let data58 = data57.group;
if(typeof data58 === "string"){
if(func61(data58) > 253){
const err130 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs/" + i7+"/group",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/items/properties/group/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(!pattern27.test(data58)){
const err131 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs/" + i7+"/group",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/items/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs/" + i7+"/group",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data57.kind !== undefined){
let data59 = data57.kind;
if(typeof data59 === "string"){
if(func61(data59) > 63){
const err133 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs/" + i7+"/kind",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/items/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(func61(data59) < 1){
const err134 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs/" + i7+"/kind",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/items/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(!pattern28.test(data59)){
const err135 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs/" + i7+"/kind",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/items/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"},message:"must match pattern \""+"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs/" + i7+"/kind",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data57.name !== undefined){
let data60 = data57.name;
if(typeof data60 === "string"){
if(func61(data60) > 253){
const err137 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs/" + i7+"/name",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(func61(data60) < 1){
const err138 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs/" + i7+"/name",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs/" + i7+"/name",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data57.namespace !== undefined){
let data61 = data57.namespace;
if(typeof data61 === "string"){
if(func61(data61) > 63){
const err140 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs/" + i7+"/namespace",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/items/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(func61(data61) < 1){
const err141 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs/" + i7+"/namespace",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/items/properties/namespace/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(!pattern36.test(data61)){
const err142 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs/" + i7+"/namespace",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/items/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs/" + i7+"/namespace",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/items/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
else {
const err144 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs/" + i7,schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err145 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/certificateRefs",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/certificateRefs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data55.mode !== undefined){
let data62 = data55.mode;
if(typeof data62 !== "string"){
const err146 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/mode",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(!((data62 === "Terminate") || (data62 === "Passthrough"))){
const err147 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/mode",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/mode/enum",keyword:"enum",params:{allowedValues: schema800.properties.spec.properties.listeners.items.properties.tls.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data55.options !== undefined){
let data63 = data55.options;
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
if(Object.keys(data63).length > 16){
const err148 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/options",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/options/maxProperties",keyword:"maxProperties",params:{limit: 16},message:"must NOT have more than 16 properties"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
for(const key23 in data63){
let data64 = data63[key23];
if(typeof data64 === "string"){
if(func61(data64) > 4096){
const err149 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/options/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/options/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(func61(data64) < 0){
const err150 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/options/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/options/additionalProperties/minLength",keyword:"minLength",params:{limit: 0},message:"must NOT have fewer than 0 characters"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
else {
const err151 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/options/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/options/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err152 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls/options",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
else {
const err153 = {instancePath:instancePath+"/spec/listeners/" + i3+"/tls",schemaPath:"#/properties/spec/properties/listeners/items/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
else {
const err154 = {instancePath:instancePath+"/spec/listeners/" + i3,schemaPath:"#/properties/spec/properties/listeners/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
else {
const err155 = {instancePath:instancePath+"/spec/listeners",schemaPath:"#/properties/spec/properties/listeners/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data3.tls !== undefined){
let data65 = data3.tls;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
for(const key24 in data65){
if(!((key24 === "backend") || (key24 === "frontend"))){
const err156 = {instancePath:instancePath+"/spec/tls",schemaPath:"#/properties/spec/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data65.backend !== undefined){
let data66 = data65.backend;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
for(const key25 in data66){
if(!(key25 === "clientCertificateRef")){
const err157 = {instancePath:instancePath+"/spec/tls/backend",schemaPath:"#/properties/spec/properties/tls/properties/backend/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data66.clientCertificateRef !== undefined){
let data67 = data66.clientCertificateRef;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.name === undefined){
const err158 = {instancePath:instancePath+"/spec/tls/backend/clientCertificateRef",schemaPath:"#/properties/spec/properties/tls/properties/backend/properties/clientCertificateRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
for(const key26 in data67){
if(!((((key26 === "group") || (key26 === "kind")) || (key26 === "name")) || (key26 === "namespace"))){
const err159 = {instancePath:instancePath+"/spec/tls/backend/clientCertificateRef",schemaPath:"#/properties/spec/properties/tls/properties/backend/properties/clientCertificateRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data67.group !== undefined){
let data68 = data67.group;
if(typeof data68 === "string"){
if(func61(data68) > 253){
const err160 = {instancePath:instancePath+"/spec/tls/backend/clientCertificateRef/group",schemaPath:"#/properties/spec/properties/tls/properties/backend/properties/clientCertificateRef/properties/group/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
if(!pattern27.test(data68)){
const err161 = {instancePath:instancePath+"/spec/tls/backend/clientCertificateRef/group",schemaPath:"#/properties/spec/properties/tls/properties/backend/properties/clientCertificateRef/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
else {
const err162 = {instancePath:instancePath+"/spec/tls/backend/clientCertificateRef/group",schemaPath:"#/properties/spec/properties/tls/properties/backend/properties/clientCertificateRef/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data67.kind !== undefined){
let data69 = data67.kind;
if(typeof data69 === "string"){
if(func61(data69) > 63){
const err163 = {instancePath:instancePath+"/spec/tls/backend/clientCertificateRef/kind",schemaPath:"#/properties/spec/properties/tls/properties/backend/properties/clientCertificateRef/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(func61(data69) < 1){
const err164 = {instancePath:instancePath+"/spec/tls/backend/clientCertificateRef/kind",schemaPath:"#/properties/spec/properties/tls/properties/backend/properties/clientCertificateRef/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if(!pattern28.test(data69)){
const err165 = {instancePath:instancePath+"/spec/tls/backend/clientCertificateRef/kind",schemaPath:"#/properties/spec/properties/tls/properties/backend/properties/clientCertificateRef/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"},message:"must match pattern \""+"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
else {
const err166 = {instancePath:instancePath+"/spec/tls/backend/clientCertificateRef/kind",schemaPath:"#/properties/spec/properties/tls/properties/backend/properties/clientCertificateRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data67.name !== undefined){
let data70 = data67.name;
if(typeof data70 === "string"){
if(func61(data70) > 253){
const err167 = {instancePath:instancePath+"/spec/tls/backend/clientCertificateRef/name",schemaPath:"#/properties/spec/properties/tls/properties/backend/properties/clientCertificateRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(func61(data70) < 1){
const err168 = {instancePath:instancePath+"/spec/tls/backend/clientCertificateRef/name",schemaPath:"#/properties/spec/properties/tls/properties/backend/properties/clientCertificateRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
else {
const err169 = {instancePath:instancePath+"/spec/tls/backend/clientCertificateRef/name",schemaPath:"#/properties/spec/properties/tls/properties/backend/properties/clientCertificateRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data67.namespace !== undefined){
let data71 = data67.namespace;
if(typeof data71 === "string"){
if(func61(data71) > 63){
const err170 = {instancePath:instancePath+"/spec/tls/backend/clientCertificateRef/namespace",schemaPath:"#/properties/spec/properties/tls/properties/backend/properties/clientCertificateRef/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(func61(data71) < 1){
const err171 = {instancePath:instancePath+"/spec/tls/backend/clientCertificateRef/namespace",schemaPath:"#/properties/spec/properties/tls/properties/backend/properties/clientCertificateRef/properties/namespace/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(!pattern36.test(data71)){
const err172 = {instancePath:instancePath+"/spec/tls/backend/clientCertificateRef/namespace",schemaPath:"#/properties/spec/properties/tls/properties/backend/properties/clientCertificateRef/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/spec/tls/backend/clientCertificateRef/namespace",schemaPath:"#/properties/spec/properties/tls/properties/backend/properties/clientCertificateRef/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
}
else {
const err174 = {instancePath:instancePath+"/spec/tls/backend/clientCertificateRef",schemaPath:"#/properties/spec/properties/tls/properties/backend/properties/clientCertificateRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err175 = {instancePath:instancePath+"/spec/tls/backend",schemaPath:"#/properties/spec/properties/tls/properties/backend/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data65.frontend !== undefined){
let data72 = data65.frontend;
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.default === undefined){
const err176 = {instancePath:instancePath+"/spec/tls/frontend",schemaPath:"#/properties/spec/properties/tls/properties/frontend/required",keyword:"required",params:{missingProperty: "default"},message:"must have required property '"+"default"+"'"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
for(const key27 in data72){
if(!((key27 === "default") || (key27 === "perPort"))){
const err177 = {instancePath:instancePath+"/spec/tls/frontend",schemaPath:"#/properties/spec/properties/tls/properties/frontend/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data72.default !== undefined){
let data73 = data72.default;
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
for(const key28 in data73){
if(!(key28 === "validation")){
const err178 = {instancePath:instancePath+"/spec/tls/frontend/default",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data73.validation !== undefined){
let data74 = data73.validation;
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
if(data74.caCertificateRefs === undefined){
const err179 = {instancePath:instancePath+"/spec/tls/frontend/default/validation",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/required",keyword:"required",params:{missingProperty: "caCertificateRefs"},message:"must have required property '"+"caCertificateRefs"+"'"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
for(const key29 in data74){
if(!((key29 === "caCertificateRefs") || (key29 === "mode"))){
const err180 = {instancePath:instancePath+"/spec/tls/frontend/default/validation",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data74.caCertificateRefs !== undefined){
let data75 = data74.caCertificateRefs;
if(Array.isArray(data75)){
if(data75.length > 16){
const err181 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(data75.length < 1){
const err182 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
const len8 = data75.length;
for(let i8=0; i8<len8; i8++){
let data76 = data75[i8];
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
if(data76.group === undefined){
const err183 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8,schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if(data76.kind === undefined){
const err184 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8,schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if(data76.name === undefined){
const err185 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8,schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
for(const key30 in data76){
if(!((((key30 === "group") || (key30 === "kind")) || (key30 === "name")) || (key30 === "namespace"))){
const err186 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8,schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data76.group !== undefined){
let data77 = data76.group;
if(typeof data77 === "string"){
if(func61(data77) > 253){
const err187 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8+"/group",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/properties/group/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if(!pattern27.test(data77)){
const err188 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8+"/group",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
else {
const err189 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8+"/group",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data76.kind !== undefined){
let data78 = data76.kind;
if(typeof data78 === "string"){
if(func61(data78) > 63){
const err190 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8+"/kind",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if(func61(data78) < 1){
const err191 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8+"/kind",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(!pattern28.test(data78)){
const err192 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8+"/kind",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"},message:"must match pattern \""+"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
else {
const err193 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8+"/kind",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data76.name !== undefined){
let data79 = data76.name;
if(typeof data79 === "string"){
if(func61(data79) > 253){
const err194 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8+"/name",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(func61(data79) < 1){
const err195 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8+"/name",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
else {
const err196 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8+"/name",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data76.namespace !== undefined){
let data80 = data76.namespace;
if(typeof data80 === "string"){
if(func61(data80) > 63){
const err197 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8+"/namespace",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
if(func61(data80) < 1){
const err198 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8+"/namespace",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/properties/namespace/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
if(!pattern36.test(data80)){
const err199 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8+"/namespace",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
else {
const err200 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8+"/namespace",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
}
else {
const err201 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs/" + i8,schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
}
else {
const err202 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/caCertificateRefs",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/caCertificateRefs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data74.mode !== undefined){
let data81 = data74.mode;
if(typeof data81 !== "string"){
const err203 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/mode",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
if(!((data81 === "AllowValidOnly") || (data81 === "AllowInsecureFallback"))){
const err204 = {instancePath:instancePath+"/spec/tls/frontend/default/validation/mode",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/properties/mode/enum",keyword:"enum",params:{allowedValues: schema800.properties.spec.properties.tls.properties.frontend.properties.default.properties.validation.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
}
else {
const err205 = {instancePath:instancePath+"/spec/tls/frontend/default/validation",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/properties/validation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
}
else {
const err206 = {instancePath:instancePath+"/spec/tls/frontend/default",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/default/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data72.perPort !== undefined){
let data82 = data72.perPort;
if(Array.isArray(data82)){
if(data82.length > 64){
const err207 = {instancePath:instancePath+"/spec/tls/frontend/perPort",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
const len9 = data82.length;
for(let i9=0; i9<len9; i9++){
let data83 = data82[i9];
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
if(data83.port === undefined){
const err208 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9,schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if(data83.tls === undefined){
const err209 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9,schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/required",keyword:"required",params:{missingProperty: "tls"},message:"must have required property '"+"tls"+"'"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
for(const key31 in data83){
if(!((key31 === "port") || (key31 === "tls"))){
const err210 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9,schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data83.port !== undefined){
let data84 = data83.port;
if(!((typeof data84 == "number") && (!(data84 % 1) && !isNaN(data84)))){
const err211 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/port",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
if(typeof data84 == "number"){
if(data84 > 65535 || isNaN(data84)){
const err212 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/port",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
if(data84 < 1 || isNaN(data84)){
const err213 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/port",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data83.tls !== undefined){
let data85 = data83.tls;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
for(const key32 in data85){
if(!(key32 === "validation")){
const err214 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data85.validation !== undefined){
let data86 = data85.validation;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
if(data86.caCertificateRefs === undefined){
const err215 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/required",keyword:"required",params:{missingProperty: "caCertificateRefs"},message:"must have required property '"+"caCertificateRefs"+"'"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
for(const key33 in data86){
if(!((key33 === "caCertificateRefs") || (key33 === "mode"))){
const err216 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data86.caCertificateRefs !== undefined){
let data87 = data86.caCertificateRefs;
if(Array.isArray(data87)){
if(data87.length > 16){
const err217 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
if(data87.length < 1){
const err218 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
const len10 = data87.length;
for(let i10=0; i10<len10; i10++){
let data88 = data87[i10];
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(data88.group === undefined){
const err219 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10,schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
if(data88.kind === undefined){
const err220 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10,schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if(data88.name === undefined){
const err221 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10,schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
for(const key34 in data88){
if(!((((key34 === "group") || (key34 === "kind")) || (key34 === "name")) || (key34 === "namespace"))){
const err222 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10,schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data88.group !== undefined){
let data89 = data88.group;
if(typeof data89 === "string"){
if(func61(data89) > 253){
const err223 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10+"/group",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/properties/group/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
if(!pattern27.test(data89)){
const err224 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10+"/group",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
else {
const err225 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10+"/group",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data88.kind !== undefined){
let data90 = data88.kind;
if(typeof data90 === "string"){
if(func61(data90) > 63){
const err226 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10+"/kind",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
if(func61(data90) < 1){
const err227 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10+"/kind",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
if(!pattern28.test(data90)){
const err228 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10+"/kind",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"},message:"must match pattern \""+"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
else {
const err229 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10+"/kind",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data88.name !== undefined){
let data91 = data88.name;
if(typeof data91 === "string"){
if(func61(data91) > 253){
const err230 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10+"/name",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
if(func61(data91) < 1){
const err231 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10+"/name",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
else {
const err232 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10+"/name",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
if(data88.namespace !== undefined){
let data92 = data88.namespace;
if(typeof data92 === "string"){
if(func61(data92) > 63){
const err233 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10+"/namespace",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
if(func61(data92) < 1){
const err234 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10+"/namespace",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/properties/namespace/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
if(!pattern36.test(data92)){
const err235 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10+"/namespace",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
else {
const err236 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10+"/namespace",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
}
else {
const err237 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs/" + i10,schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
}
else {
const err238 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/caCertificateRefs",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/caCertificateRefs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
if(data86.mode !== undefined){
let data93 = data86.mode;
if(typeof data93 !== "string"){
const err239 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/mode",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
if(!((data93 === "AllowValidOnly") || (data93 === "AllowInsecureFallback"))){
const err240 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation/mode",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/properties/mode/enum",keyword:"enum",params:{allowedValues: schema800.properties.spec.properties.tls.properties.frontend.properties.perPort.items.properties.tls.properties.validation.properties.mode.enum},message:"must be equal to one of the allowed values"};
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
else {
const err241 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls/validation",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/properties/validation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
}
else {
const err242 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9+"/tls",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err243 = {instancePath:instancePath+"/spec/tls/frontend/perPort/" + i9,schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
}
else {
const err244 = {instancePath:instancePath+"/spec/tls/frontend/perPort",schemaPath:"#/properties/spec/properties/tls/properties/frontend/properties/perPort/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err245 = {instancePath:instancePath+"/spec/tls/frontend",schemaPath:"#/properties/spec/properties/tls/properties/frontend/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
}
else {
const err246 = {instancePath:instancePath+"/spec/tls",schemaPath:"#/properties/spec/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
}
else {
const err247 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err248 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
validate2076.errors = vErrors;
return errors === 0;
}
