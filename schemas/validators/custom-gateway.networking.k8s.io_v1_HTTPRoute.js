"use strict";
module.exports = validate2090;
module.exports.default = validate2090;
const schema804 = {"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},"spec":{"properties":{"hostnames":{"items":{"maxLength":253,"minLength":1,"pattern":"^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"maxItems":16,"type":"array"},"parentRefs":{"items":{"properties":{"group":{"default":"gateway.networking.k8s.io","maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"default":"Gateway","maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"maxLength":253,"minLength":1,"type":"string"},"namespace":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"sectionName":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"}},"required":["name"],"type":"object","additionalProperties":false},"maxItems":32,"type":"array"},"rules":{"default":[{"matches":[{"path":{"type":"PathPrefix","value":"/"}}]}],"items":{"properties":{"backendRefs":{"items":{"properties":{"filters":{"items":{"properties":{"cors":{"properties":{"allowCredentials":{"type":"boolean"},"allowHeaders":{"items":{"maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$","type":"string"},"maxItems":64,"type":"array"},"allowMethods":{"items":{"enum":["GET","HEAD","POST","PUT","DELETE","CONNECT","OPTIONS","TRACE","PATCH","*"],"type":"string"},"maxItems":9,"type":"array"},"allowOrigins":{"items":{"maxLength":253,"minLength":1,"pattern":"(^\\*$)|(^(http(s)?):\\/\\/(((\\*\\.)?([a-zA-Z0-9\\-]+\\.)*[a-zA-Z0-9-]+|\\*)(:([0-9]{1,5}))?)$)","type":"string"},"maxItems":64,"type":"array"},"exposeHeaders":{"items":{"maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$","type":"string"},"maxItems":64,"type":"array"},"maxAge":{"default":5,"format":"int32","minimum":1,"type":"integer"}},"type":"object","additionalProperties":false},"extensionRef":{"properties":{"group":{"maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"maxLength":253,"minLength":1,"type":"string"}},"required":["group","kind","name"],"type":"object","additionalProperties":false},"requestHeaderModifier":{"properties":{"add":{"items":{"properties":{"name":{"maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$","type":"string"},"value":{"maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"maxItems":16,"type":"array"},"remove":{"items":{"type":"string"},"maxItems":16,"type":"array"},"set":{"items":{"properties":{"name":{"maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$","type":"string"},"value":{"maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"maxItems":16,"type":"array"}},"type":"object","additionalProperties":false},"requestMirror":{"properties":{"backendRef":{"properties":{"group":{"default":"","maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"default":"Service","maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"maxLength":253,"minLength":1,"type":"string"},"namespace":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["name"],"type":"object","additionalProperties":false},"fraction":{"properties":{"denominator":{"default":100,"format":"int32","minimum":1,"type":"integer"},"numerator":{"format":"int32","minimum":0,"type":"integer"}},"required":["numerator"],"type":"object","additionalProperties":false},"percent":{"format":"int32","maximum":100,"minimum":0,"type":"integer"}},"required":["backendRef"],"type":"object","additionalProperties":false},"requestRedirect":{"properties":{"hostname":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"path":{"properties":{"replaceFullPath":{"maxLength":1024,"type":"string"},"replacePrefixMatch":{"maxLength":1024,"type":"string"},"type":{"enum":["ReplaceFullPath","ReplacePrefixMatch"],"type":"string"}},"required":["type"],"type":"object","additionalProperties":false},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"scheme":{"enum":["http","https"],"type":"string"},"statusCode":{"default":302,"enum":[301,302,303,307,308],"type":"integer"}},"type":"object","additionalProperties":false},"responseHeaderModifier":{"properties":{"add":{"items":{"properties":{"name":{"maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$","type":"string"},"value":{"maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"maxItems":16,"type":"array"},"remove":{"items":{"type":"string"},"maxItems":16,"type":"array"},"set":{"items":{"properties":{"name":{"maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$","type":"string"},"value":{"maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"maxItems":16,"type":"array"}},"type":"object","additionalProperties":false},"type":{"enum":["RequestHeaderModifier","ResponseHeaderModifier","RequestMirror","RequestRedirect","URLRewrite","ExtensionRef","CORS"],"type":"string"},"urlRewrite":{"properties":{"hostname":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"path":{"properties":{"replaceFullPath":{"maxLength":1024,"type":"string"},"replacePrefixMatch":{"maxLength":1024,"type":"string"},"type":{"enum":["ReplaceFullPath","ReplacePrefixMatch"],"type":"string"}},"required":["type"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"required":["type"],"type":"object","additionalProperties":false},"maxItems":16,"type":"array"},"group":{"default":"","maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"default":"Service","maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"maxLength":253,"minLength":1,"type":"string"},"namespace":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"weight":{"default":1,"format":"int32","maximum":1000000,"minimum":0,"type":"integer"}},"required":["name"],"type":"object","additionalProperties":false},"maxItems":16,"type":"array"},"filters":{"items":{"properties":{"cors":{"properties":{"allowCredentials":{"type":"boolean"},"allowHeaders":{"items":{"maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$","type":"string"},"maxItems":64,"type":"array"},"allowMethods":{"items":{"enum":["GET","HEAD","POST","PUT","DELETE","CONNECT","OPTIONS","TRACE","PATCH","*"],"type":"string"},"maxItems":9,"type":"array"},"allowOrigins":{"items":{"maxLength":253,"minLength":1,"pattern":"(^\\*$)|(^(http(s)?):\\/\\/(((\\*\\.)?([a-zA-Z0-9\\-]+\\.)*[a-zA-Z0-9-]+|\\*)(:([0-9]{1,5}))?)$)","type":"string"},"maxItems":64,"type":"array"},"exposeHeaders":{"items":{"maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$","type":"string"},"maxItems":64,"type":"array"},"maxAge":{"default":5,"format":"int32","minimum":1,"type":"integer"}},"type":"object","additionalProperties":false},"extensionRef":{"properties":{"group":{"maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"maxLength":253,"minLength":1,"type":"string"}},"required":["group","kind","name"],"type":"object","additionalProperties":false},"requestHeaderModifier":{"properties":{"add":{"items":{"properties":{"name":{"maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$","type":"string"},"value":{"maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"maxItems":16,"type":"array"},"remove":{"items":{"type":"string"},"maxItems":16,"type":"array"},"set":{"items":{"properties":{"name":{"maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$","type":"string"},"value":{"maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"maxItems":16,"type":"array"}},"type":"object","additionalProperties":false},"requestMirror":{"properties":{"backendRef":{"properties":{"group":{"default":"","maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"default":"Service","maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"maxLength":253,"minLength":1,"type":"string"},"namespace":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["name"],"type":"object","additionalProperties":false},"fraction":{"properties":{"denominator":{"default":100,"format":"int32","minimum":1,"type":"integer"},"numerator":{"format":"int32","minimum":0,"type":"integer"}},"required":["numerator"],"type":"object","additionalProperties":false},"percent":{"format":"int32","maximum":100,"minimum":0,"type":"integer"}},"required":["backendRef"],"type":"object","additionalProperties":false},"requestRedirect":{"properties":{"hostname":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"path":{"properties":{"replaceFullPath":{"maxLength":1024,"type":"string"},"replacePrefixMatch":{"maxLength":1024,"type":"string"},"type":{"enum":["ReplaceFullPath","ReplacePrefixMatch"],"type":"string"}},"required":["type"],"type":"object","additionalProperties":false},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"scheme":{"enum":["http","https"],"type":"string"},"statusCode":{"default":302,"enum":[301,302,303,307,308],"type":"integer"}},"type":"object","additionalProperties":false},"responseHeaderModifier":{"properties":{"add":{"items":{"properties":{"name":{"maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$","type":"string"},"value":{"maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"maxItems":16,"type":"array"},"remove":{"items":{"type":"string"},"maxItems":16,"type":"array"},"set":{"items":{"properties":{"name":{"maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$","type":"string"},"value":{"maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"maxItems":16,"type":"array"}},"type":"object","additionalProperties":false},"type":{"enum":["RequestHeaderModifier","ResponseHeaderModifier","RequestMirror","RequestRedirect","URLRewrite","ExtensionRef","CORS"],"type":"string"},"urlRewrite":{"properties":{"hostname":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"path":{"properties":{"replaceFullPath":{"maxLength":1024,"type":"string"},"replacePrefixMatch":{"maxLength":1024,"type":"string"},"type":{"enum":["ReplaceFullPath","ReplacePrefixMatch"],"type":"string"}},"required":["type"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"required":["type"],"type":"object","additionalProperties":false},"maxItems":16,"type":"array"},"matches":{"default":[{"path":{"type":"PathPrefix","value":"/"}}],"items":{"properties":{"headers":{"items":{"properties":{"name":{"maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$","type":"string"},"type":{"default":"Exact","enum":["Exact","RegularExpression"],"type":"string"},"value":{"maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"maxItems":16,"type":"array"},"method":{"enum":["GET","HEAD","POST","PUT","DELETE","CONNECT","OPTIONS","TRACE","PATCH"],"type":"string"},"path":{"default":{"type":"PathPrefix","value":"/"},"properties":{"type":{"default":"PathPrefix","enum":["Exact","PathPrefix","RegularExpression"],"type":"string"},"value":{"default":"/","maxLength":1024,"type":"string"}},"type":"object","additionalProperties":false},"queryParams":{"items":{"properties":{"name":{"maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$","type":"string"},"type":{"default":"Exact","enum":["Exact","RegularExpression"],"type":"string"},"value":{"maxLength":1024,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"maxItems":16,"type":"array"}},"type":"object","additionalProperties":false},"maxItems":64,"type":"array"},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"timeouts":{"properties":{"backendRequest":{"pattern":"^([0-9]{1,5}(h|m|s|ms)){1,4}$","type":"string"},"request":{"pattern":"^([0-9]{1,5}(h|m|s|ms)){1,4}$","type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"maxItems":16,"minItems":1,"type":"array"}},"type":"object","additionalProperties":false}},"required":["spec"],"type":"object","additionalProperties":false};
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


function validate2091(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate2091.errors = vErrors;
return errors === 0;
}

const func61 = require("ajv/dist/runtime/ucs2length").default;
const pattern31 = new RegExp("^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
const pattern27 = new RegExp("^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
const pattern28 = new RegExp("^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$", "u");
const pattern36 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
const pattern3 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
const pattern55 = new RegExp("^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$", "u");
const pattern56 = new RegExp("(^\\*$)|(^(http(s)?):\\/\\/(((\\*\\.)?([a-zA-Z0-9\\-]+\\.)*[a-zA-Z0-9-]+|\\*)(:([0-9]{1,5}))?)$)", "u");
const pattern89 = new RegExp("^([0-9]{1,5}(h|m|s|ms)){1,4}$", "u");

function validate2090(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate2091(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate2091.errors : vErrors.concat(validate2091.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
let data3 = data.spec;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(((key1 === "hostnames") || (key1 === "parentRefs")) || (key1 === "rules"))){
const err4 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data3.hostnames !== undefined){
let data4 = data3.hostnames;
if(Array.isArray(data4)){
if(data4.length > 16){
const err5 = {instancePath:instancePath+"/spec/hostnames",schemaPath:"#/properties/spec/properties/hostnames/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func61(data5) > 253){
const err6 = {instancePath:instancePath+"/spec/hostnames/" + i0,schemaPath:"#/properties/spec/properties/hostnames/items/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func61(data5) < 1){
const err7 = {instancePath:instancePath+"/spec/hostnames/" + i0,schemaPath:"#/properties/spec/properties/hostnames/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern31.test(data5)){
const err8 = {instancePath:instancePath+"/spec/hostnames/" + i0,schemaPath:"#/properties/spec/properties/hostnames/items/pattern",keyword:"pattern",params:{pattern: "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/spec/hostnames/" + i0,schemaPath:"#/properties/spec/properties/hostnames/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err10 = {instancePath:instancePath+"/spec/hostnames",schemaPath:"#/properties/spec/properties/hostnames/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.parentRefs !== undefined){
let data6 = data3.parentRefs;
if(Array.isArray(data6)){
if(data6.length > 32){
const err11 = {instancePath:instancePath+"/spec/parentRefs",schemaPath:"#/properties/spec/properties/parentRefs/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.name === undefined){
const err12 = {instancePath:instancePath+"/spec/parentRefs/" + i1,schemaPath:"#/properties/spec/properties/parentRefs/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key2 in data7){
if(!((((((key2 === "group") || (key2 === "kind")) || (key2 === "name")) || (key2 === "namespace")) || (key2 === "port")) || (key2 === "sectionName"))){
const err13 = {instancePath:instancePath+"/spec/parentRefs/" + i1,schemaPath:"#/properties/spec/properties/parentRefs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data7.group !== undefined){
let data8 = data7.group;
if(typeof data8 === "string"){
if(func61(data8) > 253){
const err14 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/group",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/group/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern27.test(data8)){
const err15 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/group",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/group",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.kind !== undefined){
let data9 = data7.kind;
if(typeof data9 === "string"){
if(func61(data9) > 63){
const err17 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/kind",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func61(data9) < 1){
const err18 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/kind",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern28.test(data9)){
const err19 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/kind",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"},message:"must match pattern \""+"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"+"\""};
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
const err20 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/kind",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.name !== undefined){
let data10 = data7.name;
if(typeof data10 === "string"){
if(func61(data10) > 253){
const err21 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/name",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func61(data10) < 1){
const err22 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/name",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/name",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.namespace !== undefined){
let data11 = data7.namespace;
if(typeof data11 === "string"){
if(func61(data11) > 63){
const err24 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/namespace",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func61(data11) < 1){
const err25 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/namespace",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/namespace/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern36.test(data11)){
const err26 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/namespace",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/namespace",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.port !== undefined){
let data12 = data7.port;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err28 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/port",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 > 65535 || isNaN(data12)){
const err29 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/port",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err30 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/port",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data7.sectionName !== undefined){
let data13 = data7.sectionName;
if(typeof data13 === "string"){
if(func61(data13) > 253){
const err31 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/sectionName",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/sectionName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func61(data13) < 1){
const err32 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/sectionName",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/sectionName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern3.test(data13)){
const err33 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/sectionName",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/sectionName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/spec/parentRefs/" + i1+"/sectionName",schemaPath:"#/properties/spec/properties/parentRefs/items/properties/sectionName/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err35 = {instancePath:instancePath+"/spec/parentRefs/" + i1,schemaPath:"#/properties/spec/properties/parentRefs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err36 = {instancePath:instancePath+"/spec/parentRefs",schemaPath:"#/properties/spec/properties/parentRefs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data3.rules !== undefined){
let data14 = data3.rules;
if(Array.isArray(data14)){
if(data14.length > 16){
const err37 = {instancePath:instancePath+"/spec/rules",schemaPath:"#/properties/spec/properties/rules/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data14.length < 1){
const err38 = {instancePath:instancePath+"/spec/rules",schemaPath:"#/properties/spec/properties/rules/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key3 in data15){
if(!(((((key3 === "backendRefs") || (key3 === "filters")) || (key3 === "matches")) || (key3 === "name")) || (key3 === "timeouts"))){
const err39 = {instancePath:instancePath+"/spec/rules/" + i2,schemaPath:"#/properties/spec/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data15.backendRefs !== undefined){
let data16 = data15.backendRefs;
if(Array.isArray(data16)){
if(data16.length > 16){
const err40 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
let data17 = data16[i3];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.name === undefined){
const err41 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key4 in data17){
if(!(((((((key4 === "filters") || (key4 === "group")) || (key4 === "kind")) || (key4 === "name")) || (key4 === "namespace")) || (key4 === "port")) || (key4 === "weight"))){
const err42 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data17.filters !== undefined){
let data18 = data17.filters;
if(Array.isArray(data18)){
if(data18.length > 16){
const err43 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const len4 = data18.length;
for(let i4=0; i4<len4; i4++){
let data19 = data18[i4];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.type === undefined){
const err44 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key5 in data19){
if(!((((((((key5 === "cors") || (key5 === "extensionRef")) || (key5 === "requestHeaderModifier")) || (key5 === "requestMirror")) || (key5 === "requestRedirect")) || (key5 === "responseHeaderModifier")) || (key5 === "type")) || (key5 === "urlRewrite"))){
const err45 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data19.cors !== undefined){
let data20 = data19.cors;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key6 in data20){
if(!((((((key6 === "allowCredentials") || (key6 === "allowHeaders")) || (key6 === "allowMethods")) || (key6 === "allowOrigins")) || (key6 === "exposeHeaders")) || (key6 === "maxAge"))){
const err46 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data20.allowCredentials !== undefined){
if(typeof data20.allowCredentials !== "boolean"){
const err47 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/allowCredentials",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/allowCredentials/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data20.allowHeaders !== undefined){
let data22 = data20.allowHeaders;
if(Array.isArray(data22)){
if(data22.length > 64){
const err48 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/allowHeaders",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/allowHeaders/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
const len5 = data22.length;
for(let i5=0; i5<len5; i5++){
let data23 = data22[i5];
if(typeof data23 === "string"){
if(func61(data23) > 256){
const err49 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/allowHeaders/" + i5,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/allowHeaders/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(func61(data23) < 1){
const err50 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/allowHeaders/" + i5,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/allowHeaders/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!pattern55.test(data23)){
const err51 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/allowHeaders/" + i5,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/allowHeaders/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"},message:"must match pattern \""+"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"+"\""};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/allowHeaders/" + i5,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/allowHeaders/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/allowHeaders",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/allowHeaders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data20.allowMethods !== undefined){
let data24 = data20.allowMethods;
if(Array.isArray(data24)){
if(data24.length > 9){
const err54 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/allowMethods",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/allowMethods/maxItems",keyword:"maxItems",params:{limit: 9},message:"must NOT have more than 9 items"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
const len6 = data24.length;
for(let i6=0; i6<len6; i6++){
let data25 = data24[i6];
if(typeof data25 !== "string"){
const err55 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/allowMethods/" + i6,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/allowMethods/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!((((((((((data25 === "GET") || (data25 === "HEAD")) || (data25 === "POST")) || (data25 === "PUT")) || (data25 === "DELETE")) || (data25 === "CONNECT")) || (data25 === "OPTIONS")) || (data25 === "TRACE")) || (data25 === "PATCH")) || (data25 === "*"))){
const err56 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/allowMethods/" + i6,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/allowMethods/items/enum",keyword:"enum",params:{allowedValues: schema804.properties.spec.properties.rules.items.properties.backendRefs.items.properties.filters.items.properties.cors.properties.allowMethods.items.enum},message:"must be equal to one of the allowed values"};
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
const err57 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/allowMethods",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/allowMethods/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data20.allowOrigins !== undefined){
let data26 = data20.allowOrigins;
if(Array.isArray(data26)){
if(data26.length > 64){
const err58 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/allowOrigins",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/allowOrigins/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
const len7 = data26.length;
for(let i7=0; i7<len7; i7++){
let data27 = data26[i7];
if(typeof data27 === "string"){
if(func61(data27) > 253){
const err59 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/allowOrigins/" + i7,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/allowOrigins/items/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(func61(data27) < 1){
const err60 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/allowOrigins/" + i7,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/allowOrigins/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!pattern56.test(data27)){
const err61 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/allowOrigins/" + i7,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/allowOrigins/items/pattern",keyword:"pattern",params:{pattern: "(^\\*$)|(^(http(s)?):\\/\\/(((\\*\\.)?([a-zA-Z0-9\\-]+\\.)*[a-zA-Z0-9-]+|\\*)(:([0-9]{1,5}))?)$)"},message:"must match pattern \""+"(^\\*$)|(^(http(s)?):\\/\\/(((\\*\\.)?([a-zA-Z0-9\\-]+\\.)*[a-zA-Z0-9-]+|\\*)(:([0-9]{1,5}))?)$)"+"\""};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/allowOrigins/" + i7,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/allowOrigins/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err63 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/allowOrigins",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/allowOrigins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data20.exposeHeaders !== undefined){
let data28 = data20.exposeHeaders;
if(Array.isArray(data28)){
if(data28.length > 64){
const err64 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/exposeHeaders",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/exposeHeaders/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
const len8 = data28.length;
for(let i8=0; i8<len8; i8++){
let data29 = data28[i8];
if(typeof data29 === "string"){
if(func61(data29) > 256){
const err65 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/exposeHeaders/" + i8,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/exposeHeaders/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(func61(data29) < 1){
const err66 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/exposeHeaders/" + i8,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/exposeHeaders/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!pattern55.test(data29)){
const err67 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/exposeHeaders/" + i8,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/exposeHeaders/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"},message:"must match pattern \""+"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"+"\""};
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
const err68 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/exposeHeaders/" + i8,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/exposeHeaders/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/exposeHeaders",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/exposeHeaders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data20.maxAge !== undefined){
let data30 = data20.maxAge;
if(!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))){
const err70 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/maxAge",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/maxAge/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(typeof data30 == "number"){
if(data30 < 1 || isNaN(data30)){
const err71 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors/maxAge",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/properties/maxAge/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err72 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/cors",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/cors/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data19.extensionRef !== undefined){
let data31 = data19.extensionRef;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.group === undefined){
const err73 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/extensionRef",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/extensionRef/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data31.kind === undefined){
const err74 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/extensionRef",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/extensionRef/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data31.name === undefined){
const err75 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/extensionRef",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/extensionRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
for(const key7 in data31){
if(!(((key7 === "group") || (key7 === "kind")) || (key7 === "name"))){
const err76 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/extensionRef",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/extensionRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data31.group !== undefined){
let data32 = data31.group;
if(typeof data32 === "string"){
if(func61(data32) > 253){
const err77 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/extensionRef/group",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/extensionRef/properties/group/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(!pattern27.test(data32)){
const err78 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/extensionRef/group",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/extensionRef/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/extensionRef/group",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/extensionRef/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data31.kind !== undefined){
let data33 = data31.kind;
if(typeof data33 === "string"){
if(func61(data33) > 63){
const err80 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/extensionRef/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/extensionRef/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(func61(data33) < 1){
const err81 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/extensionRef/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/extensionRef/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(!pattern28.test(data33)){
const err82 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/extensionRef/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/extensionRef/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"},message:"must match pattern \""+"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/extensionRef/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/extensionRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data31.name !== undefined){
let data34 = data31.name;
if(typeof data34 === "string"){
if(func61(data34) > 253){
const err84 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/extensionRef/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/extensionRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(func61(data34) < 1){
const err85 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/extensionRef/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/extensionRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err86 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/extensionRef/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/extensionRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/extensionRef",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/extensionRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data19.requestHeaderModifier !== undefined){
let data35 = data19.requestHeaderModifier;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key8 in data35){
if(!(((key8 === "add") || (key8 === "remove")) || (key8 === "set"))){
const err88 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data35.add !== undefined){
let data36 = data35.add;
if(Array.isArray(data36)){
if(data36.length > 16){
const err89 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/add",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/add/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
const len9 = data36.length;
for(let i9=0; i9<len9; i9++){
let data37 = data36[i9];
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.name === undefined){
const err90 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/add/" + i9,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data37.value === undefined){
const err91 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/add/" + i9,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
for(const key9 in data37){
if(!((key9 === "name") || (key9 === "value"))){
const err92 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/add/" + i9,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data37.name !== undefined){
let data38 = data37.name;
if(typeof data38 === "string"){
if(func61(data38) > 256){
const err93 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/add/" + i9+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(func61(data38) < 1){
const err94 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/add/" + i9+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(!pattern55.test(data38)){
const err95 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/add/" + i9+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"},message:"must match pattern \""+"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"+"\""};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/add/" + i9+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data37.value !== undefined){
let data39 = data37.value;
if(typeof data39 === "string"){
if(func61(data39) > 4096){
const err97 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/add/" + i9+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(func61(data39) < 1){
const err98 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/add/" + i9+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/add/" + i9+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err100 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/add/" + i9,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err101 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/add",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/add/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data35.remove !== undefined){
let data40 = data35.remove;
if(Array.isArray(data40)){
if(data40.length > 16){
const err102 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/remove",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/remove/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
const len10 = data40.length;
for(let i10=0; i10<len10; i10++){
if(typeof data40[i10] !== "string"){
const err103 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/remove/" + i10,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/remove/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err104 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/remove",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/remove/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data35.set !== undefined){
let data42 = data35.set;
if(Array.isArray(data42)){
if(data42.length > 16){
const err105 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/set",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/set/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
const len11 = data42.length;
for(let i11=0; i11<len11; i11++){
let data43 = data42[i11];
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.name === undefined){
const err106 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/set/" + i11,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data43.value === undefined){
const err107 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/set/" + i11,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
for(const key10 in data43){
if(!((key10 === "name") || (key10 === "value"))){
const err108 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/set/" + i11,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data43.name !== undefined){
let data44 = data43.name;
if(typeof data44 === "string"){
if(func61(data44) > 256){
const err109 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/set/" + i11+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(func61(data44) < 1){
const err110 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/set/" + i11+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(!pattern55.test(data44)){
const err111 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/set/" + i11+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"},message:"must match pattern \""+"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"+"\""};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/set/" + i11+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data43.value !== undefined){
let data45 = data43.value;
if(typeof data45 === "string"){
if(func61(data45) > 4096){
const err113 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/set/" + i11+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(func61(data45) < 1){
const err114 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/set/" + i11+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/set/" + i11+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err116 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/set/" + i11,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err117 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier/set",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/properties/set/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err118 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestHeaderModifier",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestHeaderModifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data19.requestMirror !== undefined){
let data46 = data19.requestMirror;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.backendRef === undefined){
const err119 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/required",keyword:"required",params:{missingProperty: "backendRef"},message:"must have required property '"+"backendRef"+"'"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
for(const key11 in data46){
if(!(((key11 === "backendRef") || (key11 === "fraction")) || (key11 === "percent"))){
const err120 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data46.backendRef !== undefined){
let data47 = data46.backendRef;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.name === undefined){
const err121 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
for(const key12 in data47){
if(!(((((key12 === "group") || (key12 === "kind")) || (key12 === "name")) || (key12 === "namespace")) || (key12 === "port"))){
const err122 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data47.group !== undefined){
let data48 = data47.group;
if(typeof data48 === "string"){
if(func61(data48) > 253){
const err123 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef/group",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/group/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(!pattern27.test(data48)){
const err124 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef/group",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
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
const err125 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef/group",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data47.kind !== undefined){
let data49 = data47.kind;
if(typeof data49 === "string"){
if(func61(data49) > 63){
const err126 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(func61(data49) < 1){
const err127 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(!pattern28.test(data49)){
const err128 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"},message:"must match pattern \""+"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data47.name !== undefined){
let data50 = data47.name;
if(typeof data50 === "string"){
if(func61(data50) > 253){
const err130 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(func61(data50) < 1){
const err131 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err132 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data47.namespace !== undefined){
let data51 = data47.namespace;
if(typeof data51 === "string"){
if(func61(data51) > 63){
const err133 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef/namespace",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(func61(data51) < 1){
const err134 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef/namespace",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/namespace/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(!pattern36.test(data51)){
const err135 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef/namespace",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""};
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
const err136 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef/namespace",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data47.port !== undefined){
let data52 = data47.port;
if(!((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52)))){
const err137 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef/port",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(typeof data52 == "number"){
if(data52 > 65535 || isNaN(data52)){
const err138 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef/port",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(data52 < 1 || isNaN(data52)){
const err139 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef/port",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err140 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/backendRef",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/backendRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data46.fraction !== undefined){
let data53 = data46.fraction;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.numerator === undefined){
const err141 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/fraction",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/fraction/required",keyword:"required",params:{missingProperty: "numerator"},message:"must have required property '"+"numerator"+"'"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
for(const key13 in data53){
if(!((key13 === "denominator") || (key13 === "numerator"))){
const err142 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/fraction",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/fraction/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data53.denominator !== undefined){
let data54 = data53.denominator;
if(!((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54)))){
const err143 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/fraction/denominator",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/fraction/properties/denominator/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(typeof data54 == "number"){
if(data54 < 1 || isNaN(data54)){
const err144 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/fraction/denominator",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/fraction/properties/denominator/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data53.numerator !== undefined){
let data55 = data53.numerator;
if(!((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55)))){
const err145 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/fraction/numerator",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/fraction/properties/numerator/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if(typeof data55 == "number"){
if(data55 < 0 || isNaN(data55)){
const err146 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/fraction/numerator",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/fraction/properties/numerator/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
}
}
else {
const err147 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/fraction",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/fraction/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data46.percent !== undefined){
let data56 = data46.percent;
if(!((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56)))){
const err148 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/percent",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/percent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(typeof data56 == "number"){
if(data56 > 100 || isNaN(data56)){
const err149 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/percent",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(data56 < 0 || isNaN(data56)){
const err150 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror/percent",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err151 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestMirror",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestMirror/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data19.requestRedirect !== undefined){
let data57 = data19.requestRedirect;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
for(const key14 in data57){
if(!(((((key14 === "hostname") || (key14 === "path")) || (key14 === "port")) || (key14 === "scheme")) || (key14 === "statusCode"))){
const err152 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data57.hostname !== undefined){
let data58 = data57.hostname;
if(typeof data58 === "string"){
if(func61(data58) > 253){
const err153 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/hostname",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/hostname/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(func61(data58) < 1){
const err154 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/hostname",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/hostname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(!pattern3.test(data58)){
const err155 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/hostname",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/hostname",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data57.path !== undefined){
let data59 = data57.path;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(data59.type === undefined){
const err157 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/path",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/path/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
for(const key15 in data59){
if(!(((key15 === "replaceFullPath") || (key15 === "replacePrefixMatch")) || (key15 === "type"))){
const err158 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/path",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data59.replaceFullPath !== undefined){
let data60 = data59.replaceFullPath;
if(typeof data60 === "string"){
if(func61(data60) > 1024){
const err159 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/path/replaceFullPath",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/path/properties/replaceFullPath/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/path/replaceFullPath",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/path/properties/replaceFullPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data59.replacePrefixMatch !== undefined){
let data61 = data59.replacePrefixMatch;
if(typeof data61 === "string"){
if(func61(data61) > 1024){
const err161 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/path/replacePrefixMatch",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/path/properties/replacePrefixMatch/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
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
const err162 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/path/replacePrefixMatch",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/path/properties/replacePrefixMatch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data59.type !== undefined){
let data62 = data59.type;
if(typeof data62 !== "string"){
const err163 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/path/type",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/path/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(!((data62 === "ReplaceFullPath") || (data62 === "ReplacePrefixMatch"))){
const err164 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/path/type",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/path/properties/type/enum",keyword:"enum",params:{allowedValues: schema804.properties.spec.properties.rules.items.properties.backendRefs.items.properties.filters.items.properties.requestRedirect.properties.path.properties.type.enum},message:"must be equal to one of the allowed values"};
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
const err165 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/path",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data57.port !== undefined){
let data63 = data57.port;
if(!((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63)))){
const err166 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/port",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(typeof data63 == "number"){
if(data63 > 65535 || isNaN(data63)){
const err167 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/port",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(data63 < 1 || isNaN(data63)){
const err168 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/port",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
}
if(data57.scheme !== undefined){
let data64 = data57.scheme;
if(typeof data64 !== "string"){
const err169 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/scheme",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if(!((data64 === "http") || (data64 === "https"))){
const err170 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/scheme",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/scheme/enum",keyword:"enum",params:{allowedValues: schema804.properties.spec.properties.rules.items.properties.backendRefs.items.properties.filters.items.properties.requestRedirect.properties.scheme.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data57.statusCode !== undefined){
let data65 = data57.statusCode;
if(!((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65)))){
const err171 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/statusCode",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(!(((((data65 === 301) || (data65 === 302)) || (data65 === 303)) || (data65 === 307)) || (data65 === 308))){
const err172 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect/statusCode",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/properties/statusCode/enum",keyword:"enum",params:{allowedValues: schema804.properties.spec.properties.rules.items.properties.backendRefs.items.properties.filters.items.properties.requestRedirect.properties.statusCode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
}
else {
const err173 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/requestRedirect",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/requestRedirect/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data19.responseHeaderModifier !== undefined){
let data66 = data19.responseHeaderModifier;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
for(const key16 in data66){
if(!(((key16 === "add") || (key16 === "remove")) || (key16 === "set"))){
const err174 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data66.add !== undefined){
let data67 = data66.add;
if(Array.isArray(data67)){
if(data67.length > 16){
const err175 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/add",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/add/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
const len12 = data67.length;
for(let i12=0; i12<len12; i12++){
let data68 = data67[i12];
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
if(data68.name === undefined){
const err176 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/add/" + i12,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(data68.value === undefined){
const err177 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/add/" + i12,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
for(const key17 in data68){
if(!((key17 === "name") || (key17 === "value"))){
const err178 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/add/" + i12,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data68.name !== undefined){
let data69 = data68.name;
if(typeof data69 === "string"){
if(func61(data69) > 256){
const err179 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/add/" + i12+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(func61(data69) < 1){
const err180 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/add/" + i12+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(!pattern55.test(data69)){
const err181 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/add/" + i12+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"},message:"must match pattern \""+"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"+"\""};
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
const err182 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/add/" + i12+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data68.value !== undefined){
let data70 = data68.value;
if(typeof data70 === "string"){
if(func61(data70) > 4096){
const err183 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/add/" + i12+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if(func61(data70) < 1){
const err184 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/add/" + i12+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
else {
const err185 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/add/" + i12+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
}
else {
const err186 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/add/" + i12,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
}
else {
const err187 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/add",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/add/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data66.remove !== undefined){
let data71 = data66.remove;
if(Array.isArray(data71)){
if(data71.length > 16){
const err188 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/remove",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/remove/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
const len13 = data71.length;
for(let i13=0; i13<len13; i13++){
if(typeof data71[i13] !== "string"){
const err189 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/remove/" + i13,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/remove/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
}
else {
const err190 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/remove",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/remove/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data66.set !== undefined){
let data73 = data66.set;
if(Array.isArray(data73)){
if(data73.length > 16){
const err191 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/set",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/set/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
const len14 = data73.length;
for(let i14=0; i14<len14; i14++){
let data74 = data73[i14];
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
if(data74.name === undefined){
const err192 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/set/" + i14,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
if(data74.value === undefined){
const err193 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/set/" + i14,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
for(const key18 in data74){
if(!((key18 === "name") || (key18 === "value"))){
const err194 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/set/" + i14,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data74.name !== undefined){
let data75 = data74.name;
if(typeof data75 === "string"){
if(func61(data75) > 256){
const err195 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/set/" + i14+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
if(func61(data75) < 1){
const err196 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/set/" + i14+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
if(!pattern55.test(data75)){
const err197 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/set/" + i14+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"},message:"must match pattern \""+"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"+"\""};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
else {
const err198 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/set/" + i14+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data74.value !== undefined){
let data76 = data74.value;
if(typeof data76 === "string"){
if(func61(data76) > 4096){
const err199 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/set/" + i14+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
if(func61(data76) < 1){
const err200 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/set/" + i14+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
else {
const err201 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/set/" + i14+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err202 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/set/" + i14,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier/set",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/properties/set/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
}
else {
const err204 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/responseHeaderModifier",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/responseHeaderModifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data19.type !== undefined){
let data77 = data19.type;
if(typeof data77 !== "string"){
const err205 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/type",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
if(!(((((((data77 === "RequestHeaderModifier") || (data77 === "ResponseHeaderModifier")) || (data77 === "RequestMirror")) || (data77 === "RequestRedirect")) || (data77 === "URLRewrite")) || (data77 === "ExtensionRef")) || (data77 === "CORS"))){
const err206 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/type",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema804.properties.spec.properties.rules.items.properties.backendRefs.items.properties.filters.items.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data19.urlRewrite !== undefined){
let data78 = data19.urlRewrite;
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
for(const key19 in data78){
if(!((key19 === "hostname") || (key19 === "path"))){
const err207 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/urlRewrite",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/urlRewrite/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data78.hostname !== undefined){
let data79 = data78.hostname;
if(typeof data79 === "string"){
if(func61(data79) > 253){
const err208 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/urlRewrite/hostname",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/urlRewrite/properties/hostname/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if(func61(data79) < 1){
const err209 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/urlRewrite/hostname",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/urlRewrite/properties/hostname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(!pattern3.test(data79)){
const err210 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/urlRewrite/hostname",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/urlRewrite/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
else {
const err211 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/urlRewrite/hostname",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/urlRewrite/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data78.path !== undefined){
let data80 = data78.path;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
if(data80.type === undefined){
const err212 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/urlRewrite/path",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/urlRewrite/properties/path/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
for(const key20 in data80){
if(!(((key20 === "replaceFullPath") || (key20 === "replacePrefixMatch")) || (key20 === "type"))){
const err213 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/urlRewrite/path",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/urlRewrite/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
if(data80.replaceFullPath !== undefined){
let data81 = data80.replaceFullPath;
if(typeof data81 === "string"){
if(func61(data81) > 1024){
const err214 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/urlRewrite/path/replaceFullPath",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/urlRewrite/properties/path/properties/replaceFullPath/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
else {
const err215 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/urlRewrite/path/replaceFullPath",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/urlRewrite/properties/path/properties/replaceFullPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data80.replacePrefixMatch !== undefined){
let data82 = data80.replacePrefixMatch;
if(typeof data82 === "string"){
if(func61(data82) > 1024){
const err216 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/urlRewrite/path/replacePrefixMatch",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/urlRewrite/properties/path/properties/replacePrefixMatch/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
else {
const err217 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/urlRewrite/path/replacePrefixMatch",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/urlRewrite/properties/path/properties/replacePrefixMatch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data80.type !== undefined){
let data83 = data80.type;
if(typeof data83 !== "string"){
const err218 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/urlRewrite/path/type",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/urlRewrite/properties/path/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
if(!((data83 === "ReplaceFullPath") || (data83 === "ReplacePrefixMatch"))){
const err219 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/urlRewrite/path/type",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/urlRewrite/properties/path/properties/type/enum",keyword:"enum",params:{allowedValues: schema804.properties.spec.properties.rules.items.properties.backendRefs.items.properties.filters.items.properties.urlRewrite.properties.path.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
}
else {
const err220 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/urlRewrite/path",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/urlRewrite/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err221 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4+"/urlRewrite",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/properties/urlRewrite/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err222 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters/" + i4,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
}
else {
const err223 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/filters",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/filters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
if(data17.group !== undefined){
let data84 = data17.group;
if(typeof data84 === "string"){
if(func61(data84) > 253){
const err224 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/group",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/group/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
if(!pattern27.test(data84)){
const err225 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/group",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
else {
const err226 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/group",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
if(data17.kind !== undefined){
let data85 = data17.kind;
if(typeof data85 === "string"){
if(func61(data85) > 63){
const err227 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
if(func61(data85) < 1){
const err228 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
if(!pattern28.test(data85)){
const err229 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"},message:"must match pattern \""+"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
else {
const err230 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data17.name !== undefined){
let data86 = data17.name;
if(typeof data86 === "string"){
if(func61(data86) > 253){
const err231 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
if(func61(data86) < 1){
const err232 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
else {
const err233 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data17.namespace !== undefined){
let data87 = data17.namespace;
if(typeof data87 === "string"){
if(func61(data87) > 63){
const err234 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/namespace",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
if(func61(data87) < 1){
const err235 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/namespace",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/namespace/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
if(!pattern36.test(data87)){
const err236 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/namespace",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
else {
const err237 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/namespace",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data17.port !== undefined){
let data88 = data17.port;
if(!((typeof data88 == "number") && (!(data88 % 1) && !isNaN(data88)))){
const err238 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/port",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
if(typeof data88 == "number"){
if(data88 > 65535 || isNaN(data88)){
const err239 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/port",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
if(data88 < 1 || isNaN(data88)){
const err240 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/port",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data17.weight !== undefined){
let data89 = data17.weight;
if(!((typeof data89 == "number") && (!(data89 % 1) && !isNaN(data89)))){
const err241 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/weight",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/weight/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if(typeof data89 == "number"){
if(data89 > 1000000 || isNaN(data89)){
const err242 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/weight",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
if(data89 < 0 || isNaN(data89)){
const err243 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3+"/weight",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err244 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs/" + i3,schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err245 = {instancePath:instancePath+"/spec/rules/" + i2+"/backendRefs",schemaPath:"#/properties/spec/properties/rules/items/properties/backendRefs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
if(data15.filters !== undefined){
let data90 = data15.filters;
if(Array.isArray(data90)){
if(data90.length > 16){
const err246 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
const len15 = data90.length;
for(let i15=0; i15<len15; i15++){
let data91 = data90[i15];
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
if(data91.type === undefined){
const err247 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
for(const key21 in data91){
if(!((((((((key21 === "cors") || (key21 === "extensionRef")) || (key21 === "requestHeaderModifier")) || (key21 === "requestMirror")) || (key21 === "requestRedirect")) || (key21 === "responseHeaderModifier")) || (key21 === "type")) || (key21 === "urlRewrite"))){
const err248 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
if(data91.cors !== undefined){
let data92 = data91.cors;
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
for(const key22 in data92){
if(!((((((key22 === "allowCredentials") || (key22 === "allowHeaders")) || (key22 === "allowMethods")) || (key22 === "allowOrigins")) || (key22 === "exposeHeaders")) || (key22 === "maxAge"))){
const err249 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
if(data92.allowCredentials !== undefined){
if(typeof data92.allowCredentials !== "boolean"){
const err250 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/allowCredentials",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/allowCredentials/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data92.allowHeaders !== undefined){
let data94 = data92.allowHeaders;
if(Array.isArray(data94)){
if(data94.length > 64){
const err251 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/allowHeaders",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/allowHeaders/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
const len16 = data94.length;
for(let i16=0; i16<len16; i16++){
let data95 = data94[i16];
if(typeof data95 === "string"){
if(func61(data95) > 256){
const err252 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/allowHeaders/" + i16,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/allowHeaders/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if(func61(data95) < 1){
const err253 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/allowHeaders/" + i16,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/allowHeaders/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
if(!pattern55.test(data95)){
const err254 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/allowHeaders/" + i16,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/allowHeaders/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"},message:"must match pattern \""+"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"+"\""};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
else {
const err255 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/allowHeaders/" + i16,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/allowHeaders/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err256 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/allowHeaders",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/allowHeaders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data92.allowMethods !== undefined){
let data96 = data92.allowMethods;
if(Array.isArray(data96)){
if(data96.length > 9){
const err257 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/allowMethods",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/allowMethods/maxItems",keyword:"maxItems",params:{limit: 9},message:"must NOT have more than 9 items"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
const len17 = data96.length;
for(let i17=0; i17<len17; i17++){
let data97 = data96[i17];
if(typeof data97 !== "string"){
const err258 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/allowMethods/" + i17,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/allowMethods/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
if(!((((((((((data97 === "GET") || (data97 === "HEAD")) || (data97 === "POST")) || (data97 === "PUT")) || (data97 === "DELETE")) || (data97 === "CONNECT")) || (data97 === "OPTIONS")) || (data97 === "TRACE")) || (data97 === "PATCH")) || (data97 === "*"))){
const err259 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/allowMethods/" + i17,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/allowMethods/items/enum",keyword:"enum",params:{allowedValues: schema804.properties.spec.properties.rules.items.properties.filters.items.properties.cors.properties.allowMethods.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
}
else {
const err260 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/allowMethods",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/allowMethods/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
if(data92.allowOrigins !== undefined){
let data98 = data92.allowOrigins;
if(Array.isArray(data98)){
if(data98.length > 64){
const err261 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/allowOrigins",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/allowOrigins/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
const len18 = data98.length;
for(let i18=0; i18<len18; i18++){
let data99 = data98[i18];
if(typeof data99 === "string"){
if(func61(data99) > 253){
const err262 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/allowOrigins/" + i18,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/allowOrigins/items/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
if(func61(data99) < 1){
const err263 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/allowOrigins/" + i18,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/allowOrigins/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
if(!pattern56.test(data99)){
const err264 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/allowOrigins/" + i18,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/allowOrigins/items/pattern",keyword:"pattern",params:{pattern: "(^\\*$)|(^(http(s)?):\\/\\/(((\\*\\.)?([a-zA-Z0-9\\-]+\\.)*[a-zA-Z0-9-]+|\\*)(:([0-9]{1,5}))?)$)"},message:"must match pattern \""+"(^\\*$)|(^(http(s)?):\\/\\/(((\\*\\.)?([a-zA-Z0-9\\-]+\\.)*[a-zA-Z0-9-]+|\\*)(:([0-9]{1,5}))?)$)"+"\""};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
else {
const err265 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/allowOrigins/" + i18,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/allowOrigins/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
}
else {
const err266 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/allowOrigins",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/allowOrigins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
if(data92.exposeHeaders !== undefined){
let data100 = data92.exposeHeaders;
if(Array.isArray(data100)){
if(data100.length > 64){
const err267 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/exposeHeaders",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/exposeHeaders/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
const len19 = data100.length;
for(let i19=0; i19<len19; i19++){
let data101 = data100[i19];
if(typeof data101 === "string"){
if(func61(data101) > 256){
const err268 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/exposeHeaders/" + i19,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/exposeHeaders/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
if(func61(data101) < 1){
const err269 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/exposeHeaders/" + i19,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/exposeHeaders/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
if(!pattern55.test(data101)){
const err270 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/exposeHeaders/" + i19,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/exposeHeaders/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"},message:"must match pattern \""+"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"+"\""};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
else {
const err271 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/exposeHeaders/" + i19,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/exposeHeaders/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err272 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/exposeHeaders",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/exposeHeaders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
if(data92.maxAge !== undefined){
let data102 = data92.maxAge;
if(!((typeof data102 == "number") && (!(data102 % 1) && !isNaN(data102)))){
const err273 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/maxAge",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/maxAge/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
if(typeof data102 == "number"){
if(data102 < 1 || isNaN(data102)){
const err274 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors/maxAge",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/properties/maxAge/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err275 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/cors",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/cors/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data91.extensionRef !== undefined){
let data103 = data91.extensionRef;
if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
if(data103.group === undefined){
const err276 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/extensionRef",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/extensionRef/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
if(data103.kind === undefined){
const err277 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/extensionRef",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/extensionRef/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
if(data103.name === undefined){
const err278 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/extensionRef",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/extensionRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
for(const key23 in data103){
if(!(((key23 === "group") || (key23 === "kind")) || (key23 === "name"))){
const err279 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/extensionRef",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/extensionRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
if(data103.group !== undefined){
let data104 = data103.group;
if(typeof data104 === "string"){
if(func61(data104) > 253){
const err280 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/extensionRef/group",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/extensionRef/properties/group/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
if(!pattern27.test(data104)){
const err281 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/extensionRef/group",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/extensionRef/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
else {
const err282 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/extensionRef/group",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/extensionRef/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
if(data103.kind !== undefined){
let data105 = data103.kind;
if(typeof data105 === "string"){
if(func61(data105) > 63){
const err283 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/extensionRef/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/extensionRef/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
if(func61(data105) < 1){
const err284 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/extensionRef/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/extensionRef/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
if(!pattern28.test(data105)){
const err285 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/extensionRef/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/extensionRef/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"},message:"must match pattern \""+"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
else {
const err286 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/extensionRef/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/extensionRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(data103.name !== undefined){
let data106 = data103.name;
if(typeof data106 === "string"){
if(func61(data106) > 253){
const err287 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/extensionRef/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/extensionRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
if(func61(data106) < 1){
const err288 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/extensionRef/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/extensionRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
else {
const err289 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/extensionRef/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/extensionRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
}
else {
const err290 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/extensionRef",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/extensionRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
if(data91.requestHeaderModifier !== undefined){
let data107 = data91.requestHeaderModifier;
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
for(const key24 in data107){
if(!(((key24 === "add") || (key24 === "remove")) || (key24 === "set"))){
const err291 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(data107.add !== undefined){
let data108 = data107.add;
if(Array.isArray(data108)){
if(data108.length > 16){
const err292 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/add",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/add/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
const len20 = data108.length;
for(let i20=0; i20<len20; i20++){
let data109 = data108[i20];
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
if(data109.name === undefined){
const err293 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/add/" + i20,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
if(data109.value === undefined){
const err294 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/add/" + i20,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
for(const key25 in data109){
if(!((key25 === "name") || (key25 === "value"))){
const err295 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/add/" + i20,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
if(data109.name !== undefined){
let data110 = data109.name;
if(typeof data110 === "string"){
if(func61(data110) > 256){
const err296 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/add/" + i20+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
if(func61(data110) < 1){
const err297 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/add/" + i20+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
if(!pattern55.test(data110)){
const err298 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/add/" + i20+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"},message:"must match pattern \""+"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"+"\""};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
else {
const err299 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/add/" + i20+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
if(data109.value !== undefined){
let data111 = data109.value;
if(typeof data111 === "string"){
if(func61(data111) > 4096){
const err300 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/add/" + i20+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
if(func61(data111) < 1){
const err301 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/add/" + i20+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
else {
const err302 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/add/" + i20+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
}
else {
const err303 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/add/" + i20,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/add/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
}
else {
const err304 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/add",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/add/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
if(data107.remove !== undefined){
let data112 = data107.remove;
if(Array.isArray(data112)){
if(data112.length > 16){
const err305 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/remove",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/remove/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
const len21 = data112.length;
for(let i21=0; i21<len21; i21++){
if(typeof data112[i21] !== "string"){
const err306 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/remove/" + i21,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/remove/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
}
else {
const err307 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/remove",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/remove/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
if(data107.set !== undefined){
let data114 = data107.set;
if(Array.isArray(data114)){
if(data114.length > 16){
const err308 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/set",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/set/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
const len22 = data114.length;
for(let i22=0; i22<len22; i22++){
let data115 = data114[i22];
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
if(data115.name === undefined){
const err309 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/set/" + i22,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
if(data115.value === undefined){
const err310 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/set/" + i22,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
for(const key26 in data115){
if(!((key26 === "name") || (key26 === "value"))){
const err311 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/set/" + i22,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
if(data115.name !== undefined){
let data116 = data115.name;
if(typeof data116 === "string"){
if(func61(data116) > 256){
const err312 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/set/" + i22+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
if(func61(data116) < 1){
const err313 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/set/" + i22+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
if(!pattern55.test(data116)){
const err314 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/set/" + i22+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"},message:"must match pattern \""+"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"+"\""};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
else {
const err315 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/set/" + i22+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
if(data115.value !== undefined){
let data117 = data115.value;
if(typeof data117 === "string"){
if(func61(data117) > 4096){
const err316 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/set/" + i22+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
if(func61(data117) < 1){
const err317 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/set/" + i22+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
else {
const err318 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/set/" + i22+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
}
else {
const err319 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/set/" + i22,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/set/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
}
else {
const err320 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier/set",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/properties/set/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
}
else {
const err321 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestHeaderModifier",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestHeaderModifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
if(data91.requestMirror !== undefined){
let data118 = data91.requestMirror;
if(data118 && typeof data118 == "object" && !Array.isArray(data118)){
if(data118.backendRef === undefined){
const err322 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/required",keyword:"required",params:{missingProperty: "backendRef"},message:"must have required property '"+"backendRef"+"'"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
for(const key27 in data118){
if(!(((key27 === "backendRef") || (key27 === "fraction")) || (key27 === "percent"))){
const err323 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
if(data118.backendRef !== undefined){
let data119 = data118.backendRef;
if(data119 && typeof data119 == "object" && !Array.isArray(data119)){
if(data119.name === undefined){
const err324 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
for(const key28 in data119){
if(!(((((key28 === "group") || (key28 === "kind")) || (key28 === "name")) || (key28 === "namespace")) || (key28 === "port"))){
const err325 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
}
if(data119.group !== undefined){
let data120 = data119.group;
if(typeof data120 === "string"){
if(func61(data120) > 253){
const err326 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef/group",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/group/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
if(!pattern27.test(data120)){
const err327 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef/group",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
else {
const err328 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef/group",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
if(data119.kind !== undefined){
let data121 = data119.kind;
if(typeof data121 === "string"){
if(func61(data121) > 63){
const err329 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
if(func61(data121) < 1){
const err330 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
if(!pattern28.test(data121)){
const err331 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"},message:"must match pattern \""+"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
else {
const err332 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef/kind",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
if(data119.name !== undefined){
let data122 = data119.name;
if(typeof data122 === "string"){
if(func61(data122) > 253){
const err333 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
if(func61(data122) < 1){
const err334 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
else {
const err335 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
if(data119.namespace !== undefined){
let data123 = data119.namespace;
if(typeof data123 === "string"){
if(func61(data123) > 63){
const err336 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef/namespace",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
if(func61(data123) < 1){
const err337 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef/namespace",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/namespace/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
if(!pattern36.test(data123)){
const err338 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef/namespace",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
else {
const err339 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef/namespace",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
if(data119.port !== undefined){
let data124 = data119.port;
if(!((typeof data124 == "number") && (!(data124 % 1) && !isNaN(data124)))){
const err340 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef/port",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
if(typeof data124 == "number"){
if(data124 > 65535 || isNaN(data124)){
const err341 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef/port",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
if(data124 < 1 || isNaN(data124)){
const err342 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef/port",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
}
}
else {
const err343 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/backendRef",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/backendRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
if(data118.fraction !== undefined){
let data125 = data118.fraction;
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.numerator === undefined){
const err344 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/fraction",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/fraction/required",keyword:"required",params:{missingProperty: "numerator"},message:"must have required property '"+"numerator"+"'"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
for(const key29 in data125){
if(!((key29 === "denominator") || (key29 === "numerator"))){
const err345 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/fraction",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/fraction/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
if(data125.denominator !== undefined){
let data126 = data125.denominator;
if(!((typeof data126 == "number") && (!(data126 % 1) && !isNaN(data126)))){
const err346 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/fraction/denominator",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/fraction/properties/denominator/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
if(typeof data126 == "number"){
if(data126 < 1 || isNaN(data126)){
const err347 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/fraction/denominator",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/fraction/properties/denominator/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
}
if(data125.numerator !== undefined){
let data127 = data125.numerator;
if(!((typeof data127 == "number") && (!(data127 % 1) && !isNaN(data127)))){
const err348 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/fraction/numerator",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/fraction/properties/numerator/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
if(typeof data127 == "number"){
if(data127 < 0 || isNaN(data127)){
const err349 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/fraction/numerator",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/fraction/properties/numerator/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
}
}
else {
const err350 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/fraction",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/fraction/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
if(data118.percent !== undefined){
let data128 = data118.percent;
if(!((typeof data128 == "number") && (!(data128 % 1) && !isNaN(data128)))){
const err351 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/percent",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/percent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
if(typeof data128 == "number"){
if(data128 > 100 || isNaN(data128)){
const err352 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/percent",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
if(data128 < 0 || isNaN(data128)){
const err353 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror/percent",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
}
}
}
else {
const err354 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestMirror",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestMirror/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
if(data91.requestRedirect !== undefined){
let data129 = data91.requestRedirect;
if(data129 && typeof data129 == "object" && !Array.isArray(data129)){
for(const key30 in data129){
if(!(((((key30 === "hostname") || (key30 === "path")) || (key30 === "port")) || (key30 === "scheme")) || (key30 === "statusCode"))){
const err355 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
if(data129.hostname !== undefined){
let data130 = data129.hostname;
if(typeof data130 === "string"){
if(func61(data130) > 253){
const err356 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/hostname",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/hostname/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
if(func61(data130) < 1){
const err357 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/hostname",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/hostname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
if(!pattern3.test(data130)){
const err358 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/hostname",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
else {
const err359 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/hostname",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
if(data129.path !== undefined){
let data131 = data129.path;
if(data131 && typeof data131 == "object" && !Array.isArray(data131)){
if(data131.type === undefined){
const err360 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/path",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/path/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
for(const key31 in data131){
if(!(((key31 === "replaceFullPath") || (key31 === "replacePrefixMatch")) || (key31 === "type"))){
const err361 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/path",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
if(data131.replaceFullPath !== undefined){
let data132 = data131.replaceFullPath;
if(typeof data132 === "string"){
if(func61(data132) > 1024){
const err362 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/path/replaceFullPath",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/path/properties/replaceFullPath/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
else {
const err363 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/path/replaceFullPath",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/path/properties/replaceFullPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
}
if(data131.replacePrefixMatch !== undefined){
let data133 = data131.replacePrefixMatch;
if(typeof data133 === "string"){
if(func61(data133) > 1024){
const err364 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/path/replacePrefixMatch",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/path/properties/replacePrefixMatch/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
else {
const err365 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/path/replacePrefixMatch",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/path/properties/replacePrefixMatch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
if(data131.type !== undefined){
let data134 = data131.type;
if(typeof data134 !== "string"){
const err366 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/path/type",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/path/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
if(!((data134 === "ReplaceFullPath") || (data134 === "ReplacePrefixMatch"))){
const err367 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/path/type",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/path/properties/type/enum",keyword:"enum",params:{allowedValues: schema804.properties.spec.properties.rules.items.properties.filters.items.properties.requestRedirect.properties.path.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
}
else {
const err368 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/path",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
if(data129.port !== undefined){
let data135 = data129.port;
if(!((typeof data135 == "number") && (!(data135 % 1) && !isNaN(data135)))){
const err369 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/port",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
if(typeof data135 == "number"){
if(data135 > 65535 || isNaN(data135)){
const err370 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/port",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
if(data135 < 1 || isNaN(data135)){
const err371 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/port",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
}
if(data129.scheme !== undefined){
let data136 = data129.scheme;
if(typeof data136 !== "string"){
const err372 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/scheme",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
if(!((data136 === "http") || (data136 === "https"))){
const err373 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/scheme",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/scheme/enum",keyword:"enum",params:{allowedValues: schema804.properties.spec.properties.rules.items.properties.filters.items.properties.requestRedirect.properties.scheme.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
}
if(data129.statusCode !== undefined){
let data137 = data129.statusCode;
if(!((typeof data137 == "number") && (!(data137 % 1) && !isNaN(data137)))){
const err374 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/statusCode",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
if(!(((((data137 === 301) || (data137 === 302)) || (data137 === 303)) || (data137 === 307)) || (data137 === 308))){
const err375 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect/statusCode",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/properties/statusCode/enum",keyword:"enum",params:{allowedValues: schema804.properties.spec.properties.rules.items.properties.filters.items.properties.requestRedirect.properties.statusCode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
}
}
else {
const err376 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/requestRedirect",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/requestRedirect/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
if(data91.responseHeaderModifier !== undefined){
let data138 = data91.responseHeaderModifier;
if(data138 && typeof data138 == "object" && !Array.isArray(data138)){
for(const key32 in data138){
if(!(((key32 === "add") || (key32 === "remove")) || (key32 === "set"))){
const err377 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
if(data138.add !== undefined){
let data139 = data138.add;
if(Array.isArray(data139)){
if(data139.length > 16){
const err378 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/add",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/add/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
const len23 = data139.length;
for(let i23=0; i23<len23; i23++){
let data140 = data139[i23];
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.name === undefined){
const err379 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/add/" + i23,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
if(data140.value === undefined){
const err380 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/add/" + i23,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
for(const key33 in data140){
if(!((key33 === "name") || (key33 === "value"))){
const err381 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/add/" + i23,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
if(data140.name !== undefined){
let data141 = data140.name;
if(typeof data141 === "string"){
if(func61(data141) > 256){
const err382 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/add/" + i23+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
if(func61(data141) < 1){
const err383 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/add/" + i23+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
if(!pattern55.test(data141)){
const err384 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/add/" + i23+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"},message:"must match pattern \""+"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"+"\""};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
}
else {
const err385 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/add/" + i23+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
}
if(data140.value !== undefined){
let data142 = data140.value;
if(typeof data142 === "string"){
if(func61(data142) > 4096){
const err386 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/add/" + i23+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
if(func61(data142) < 1){
const err387 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/add/" + i23+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
else {
const err388 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/add/" + i23+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
}
else {
const err389 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/add/" + i23,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/add/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
}
else {
const err390 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/add",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/add/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
}
if(data138.remove !== undefined){
let data143 = data138.remove;
if(Array.isArray(data143)){
if(data143.length > 16){
const err391 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/remove",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/remove/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
const len24 = data143.length;
for(let i24=0; i24<len24; i24++){
if(typeof data143[i24] !== "string"){
const err392 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/remove/" + i24,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/remove/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
}
}
else {
const err393 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/remove",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/remove/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
}
if(data138.set !== undefined){
let data145 = data138.set;
if(Array.isArray(data145)){
if(data145.length > 16){
const err394 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/set",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/set/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
const len25 = data145.length;
for(let i25=0; i25<len25; i25++){
let data146 = data145[i25];
if(data146 && typeof data146 == "object" && !Array.isArray(data146)){
if(data146.name === undefined){
const err395 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/set/" + i25,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
if(data146.value === undefined){
const err396 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/set/" + i25,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
for(const key34 in data146){
if(!((key34 === "name") || (key34 === "value"))){
const err397 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/set/" + i25,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
if(data146.name !== undefined){
let data147 = data146.name;
if(typeof data147 === "string"){
if(func61(data147) > 256){
const err398 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/set/" + i25+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
if(func61(data147) < 1){
const err399 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/set/" + i25+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
if(!pattern55.test(data147)){
const err400 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/set/" + i25+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"},message:"must match pattern \""+"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"+"\""};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
else {
const err401 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/set/" + i25+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
if(data146.value !== undefined){
let data148 = data146.value;
if(typeof data148 === "string"){
if(func61(data148) > 4096){
const err402 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/set/" + i25+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
if(func61(data148) < 1){
const err403 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/set/" + i25+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
}
else {
const err404 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/set/" + i25+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
}
}
else {
const err405 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/set/" + i25,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/set/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
}
}
else {
const err406 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier/set",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/properties/set/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
}
}
else {
const err407 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/responseHeaderModifier",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/responseHeaderModifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
if(data91.type !== undefined){
let data149 = data91.type;
if(typeof data149 !== "string"){
const err408 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/type",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
if(!(((((((data149 === "RequestHeaderModifier") || (data149 === "ResponseHeaderModifier")) || (data149 === "RequestMirror")) || (data149 === "RequestRedirect")) || (data149 === "URLRewrite")) || (data149 === "ExtensionRef")) || (data149 === "CORS"))){
const err409 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/type",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema804.properties.spec.properties.rules.items.properties.filters.items.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
}
if(data91.urlRewrite !== undefined){
let data150 = data91.urlRewrite;
if(data150 && typeof data150 == "object" && !Array.isArray(data150)){
for(const key35 in data150){
if(!((key35 === "hostname") || (key35 === "path"))){
const err410 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/urlRewrite",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/urlRewrite/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
}
if(data150.hostname !== undefined){
let data151 = data150.hostname;
if(typeof data151 === "string"){
if(func61(data151) > 253){
const err411 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/urlRewrite/hostname",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/urlRewrite/properties/hostname/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
if(func61(data151) < 1){
const err412 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/urlRewrite/hostname",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/urlRewrite/properties/hostname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
if(!pattern3.test(data151)){
const err413 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/urlRewrite/hostname",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/urlRewrite/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
}
else {
const err414 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/urlRewrite/hostname",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/urlRewrite/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
}
if(data150.path !== undefined){
let data152 = data150.path;
if(data152 && typeof data152 == "object" && !Array.isArray(data152)){
if(data152.type === undefined){
const err415 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/urlRewrite/path",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/urlRewrite/properties/path/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
for(const key36 in data152){
if(!(((key36 === "replaceFullPath") || (key36 === "replacePrefixMatch")) || (key36 === "type"))){
const err416 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/urlRewrite/path",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/urlRewrite/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
}
if(data152.replaceFullPath !== undefined){
let data153 = data152.replaceFullPath;
if(typeof data153 === "string"){
if(func61(data153) > 1024){
const err417 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/urlRewrite/path/replaceFullPath",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/urlRewrite/properties/path/properties/replaceFullPath/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
}
else {
const err418 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/urlRewrite/path/replaceFullPath",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/urlRewrite/properties/path/properties/replaceFullPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
}
if(data152.replacePrefixMatch !== undefined){
let data154 = data152.replacePrefixMatch;
if(typeof data154 === "string"){
if(func61(data154) > 1024){
const err419 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/urlRewrite/path/replacePrefixMatch",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/urlRewrite/properties/path/properties/replacePrefixMatch/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
else {
const err420 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/urlRewrite/path/replacePrefixMatch",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/urlRewrite/properties/path/properties/replacePrefixMatch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
}
if(data152.type !== undefined){
let data155 = data152.type;
if(typeof data155 !== "string"){
const err421 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/urlRewrite/path/type",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/urlRewrite/properties/path/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
if(!((data155 === "ReplaceFullPath") || (data155 === "ReplacePrefixMatch"))){
const err422 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/urlRewrite/path/type",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/urlRewrite/properties/path/properties/type/enum",keyword:"enum",params:{allowedValues: schema804.properties.spec.properties.rules.items.properties.filters.items.properties.urlRewrite.properties.path.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
}
}
else {
const err423 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/urlRewrite/path",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/urlRewrite/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
}
}
else {
const err424 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15+"/urlRewrite",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/properties/urlRewrite/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
}
else {
const err425 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters/" + i15,schemaPath:"#/properties/spec/properties/rules/items/properties/filters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
}
}
else {
const err426 = {instancePath:instancePath+"/spec/rules/" + i2+"/filters",schemaPath:"#/properties/spec/properties/rules/items/properties/filters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
}
if(data15.matches !== undefined){
let data156 = data15.matches;
if(Array.isArray(data156)){
if(data156.length > 64){
const err427 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
const len26 = data156.length;
for(let i26=0; i26<len26; i26++){
let data157 = data156[i26];
if(data157 && typeof data157 == "object" && !Array.isArray(data157)){
for(const key37 in data157){
if(!((((key37 === "headers") || (key37 === "method")) || (key37 === "path")) || (key37 === "queryParams"))){
const err428 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26,schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
}
if(data157.headers !== undefined){
let data158 = data157.headers;
if(Array.isArray(data158)){
if(data158.length > 16){
const err429 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/headers",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/headers/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
const len27 = data158.length;
for(let i27=0; i27<len27; i27++){
let data159 = data158[i27];
if(data159 && typeof data159 == "object" && !Array.isArray(data159)){
if(data159.name === undefined){
const err430 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/headers/" + i27,schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/headers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
if(data159.value === undefined){
const err431 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/headers/" + i27,schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/headers/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
for(const key38 in data159){
if(!(((key38 === "name") || (key38 === "type")) || (key38 === "value"))){
const err432 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/headers/" + i27,schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
}
if(data159.name !== undefined){
let data160 = data159.name;
if(typeof data160 === "string"){
if(func61(data160) > 256){
const err433 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/headers/" + i27+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/headers/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
if(func61(data160) < 1){
const err434 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/headers/" + i27+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/headers/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
if(!pattern55.test(data160)){
const err435 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/headers/" + i27+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/headers/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"},message:"must match pattern \""+"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"+"\""};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
else {
const err436 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/headers/" + i27+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/headers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
}
if(data159.type !== undefined){
let data161 = data159.type;
if(typeof data161 !== "string"){
const err437 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/headers/" + i27+"/type",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/headers/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
if(!((data161 === "Exact") || (data161 === "RegularExpression"))){
const err438 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/headers/" + i27+"/type",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/headers/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema804.properties.spec.properties.rules.items.properties.matches.items.properties.headers.items.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
}
if(data159.value !== undefined){
let data162 = data159.value;
if(typeof data162 === "string"){
if(func61(data162) > 4096){
const err439 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/headers/" + i27+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/headers/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
if(func61(data162) < 1){
const err440 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/headers/" + i27+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/headers/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
}
else {
const err441 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/headers/" + i27+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/headers/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
}
else {
const err442 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/headers/" + i27,schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/headers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
}
}
else {
const err443 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/headers",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
if(data157.method !== undefined){
let data163 = data157.method;
if(typeof data163 !== "string"){
const err444 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/method",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
if(!(((((((((data163 === "GET") || (data163 === "HEAD")) || (data163 === "POST")) || (data163 === "PUT")) || (data163 === "DELETE")) || (data163 === "CONNECT")) || (data163 === "OPTIONS")) || (data163 === "TRACE")) || (data163 === "PATCH"))){
const err445 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/method",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/method/enum",keyword:"enum",params:{allowedValues: schema804.properties.spec.properties.rules.items.properties.matches.items.properties.method.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
}
if(data157.path !== undefined){
let data164 = data157.path;
if(data164 && typeof data164 == "object" && !Array.isArray(data164)){
for(const key39 in data164){
if(!((key39 === "type") || (key39 === "value"))){
const err446 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/path",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
}
if(data164.type !== undefined){
let data165 = data164.type;
if(typeof data165 !== "string"){
const err447 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/path/type",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/path/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
if(!(((data165 === "Exact") || (data165 === "PathPrefix")) || (data165 === "RegularExpression"))){
const err448 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/path/type",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/path/properties/type/enum",keyword:"enum",params:{allowedValues: schema804.properties.spec.properties.rules.items.properties.matches.items.properties.path.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
}
if(data164.value !== undefined){
let data166 = data164.value;
if(typeof data166 === "string"){
if(func61(data166) > 1024){
const err449 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/path/value",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/path/properties/value/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
}
else {
const err450 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/path/value",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/path/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
}
}
else {
const err451 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/path",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
}
if(data157.queryParams !== undefined){
let data167 = data157.queryParams;
if(Array.isArray(data167)){
if(data167.length > 16){
const err452 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/queryParams",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/queryParams/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
const len28 = data167.length;
for(let i28=0; i28<len28; i28++){
let data168 = data167[i28];
if(data168 && typeof data168 == "object" && !Array.isArray(data168)){
if(data168.name === undefined){
const err453 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/queryParams/" + i28,schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/queryParams/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
if(data168.value === undefined){
const err454 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/queryParams/" + i28,schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/queryParams/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
for(const key40 in data168){
if(!(((key40 === "name") || (key40 === "type")) || (key40 === "value"))){
const err455 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/queryParams/" + i28,schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/queryParams/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
}
if(data168.name !== undefined){
let data169 = data168.name;
if(typeof data169 === "string"){
if(func61(data169) > 256){
const err456 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/queryParams/" + i28+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/queryParams/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
if(func61(data169) < 1){
const err457 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/queryParams/" + i28+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/queryParams/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
if(!pattern55.test(data169)){
const err458 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/queryParams/" + i28+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/queryParams/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"},message:"must match pattern \""+"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"+"\""};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
else {
const err459 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/queryParams/" + i28+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/queryParams/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
}
if(data168.type !== undefined){
let data170 = data168.type;
if(typeof data170 !== "string"){
const err460 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/queryParams/" + i28+"/type",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/queryParams/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
if(!((data170 === "Exact") || (data170 === "RegularExpression"))){
const err461 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/queryParams/" + i28+"/type",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/queryParams/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema804.properties.spec.properties.rules.items.properties.matches.items.properties.queryParams.items.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
}
if(data168.value !== undefined){
let data171 = data168.value;
if(typeof data171 === "string"){
if(func61(data171) > 1024){
const err462 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/queryParams/" + i28+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/queryParams/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
if(func61(data171) < 1){
const err463 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/queryParams/" + i28+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/queryParams/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
}
else {
const err464 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/queryParams/" + i28+"/value",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/queryParams/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
}
}
else {
const err465 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/queryParams/" + i28,schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/queryParams/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
}
}
else {
const err466 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26+"/queryParams",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/properties/queryParams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
}
}
else {
const err467 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches/" + i26,schemaPath:"#/properties/spec/properties/rules/items/properties/matches/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
}
}
else {
const err468 = {instancePath:instancePath+"/spec/rules/" + i2+"/matches",schemaPath:"#/properties/spec/properties/rules/items/properties/matches/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
}
if(data15.name !== undefined){
let data172 = data15.name;
if(typeof data172 === "string"){
if(func61(data172) > 253){
const err469 = {instancePath:instancePath+"/spec/rules/" + i2+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
if(func61(data172) < 1){
const err470 = {instancePath:instancePath+"/spec/rules/" + i2+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
if(!pattern3.test(data172)){
const err471 = {instancePath:instancePath+"/spec/rules/" + i2+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
}
else {
const err472 = {instancePath:instancePath+"/spec/rules/" + i2+"/name",schemaPath:"#/properties/spec/properties/rules/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
}
if(data15.timeouts !== undefined){
let data173 = data15.timeouts;
if(data173 && typeof data173 == "object" && !Array.isArray(data173)){
for(const key41 in data173){
if(!((key41 === "backendRequest") || (key41 === "request"))){
const err473 = {instancePath:instancePath+"/spec/rules/" + i2+"/timeouts",schemaPath:"#/properties/spec/properties/rules/items/properties/timeouts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
}
if(data173.backendRequest !== undefined){
let data174 = data173.backendRequest;
if(typeof data174 === "string"){
if(!pattern89.test(data174)){
const err474 = {instancePath:instancePath+"/spec/rules/" + i2+"/timeouts/backendRequest",schemaPath:"#/properties/spec/properties/rules/items/properties/timeouts/properties/backendRequest/pattern",keyword:"pattern",params:{pattern: "^([0-9]{1,5}(h|m|s|ms)){1,4}$"},message:"must match pattern \""+"^([0-9]{1,5}(h|m|s|ms)){1,4}$"+"\""};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
}
else {
const err475 = {instancePath:instancePath+"/spec/rules/" + i2+"/timeouts/backendRequest",schemaPath:"#/properties/spec/properties/rules/items/properties/timeouts/properties/backendRequest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
}
if(data173.request !== undefined){
let data175 = data173.request;
if(typeof data175 === "string"){
if(!pattern89.test(data175)){
const err476 = {instancePath:instancePath+"/spec/rules/" + i2+"/timeouts/request",schemaPath:"#/properties/spec/properties/rules/items/properties/timeouts/properties/request/pattern",keyword:"pattern",params:{pattern: "^([0-9]{1,5}(h|m|s|ms)){1,4}$"},message:"must match pattern \""+"^([0-9]{1,5}(h|m|s|ms)){1,4}$"+"\""};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
}
else {
const err477 = {instancePath:instancePath+"/spec/rules/" + i2+"/timeouts/request",schemaPath:"#/properties/spec/properties/rules/items/properties/timeouts/properties/request/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
}
}
else {
const err478 = {instancePath:instancePath+"/spec/rules/" + i2+"/timeouts",schemaPath:"#/properties/spec/properties/rules/items/properties/timeouts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
}
}
else {
const err479 = {instancePath:instancePath+"/spec/rules/" + i2,schemaPath:"#/properties/spec/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
}
}
else {
const err480 = {instancePath:instancePath+"/spec/rules",schemaPath:"#/properties/spec/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
}
}
else {
const err481 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
}
}
else {
const err482 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
validate2090.errors = vErrors;
return errors === 0;
}
