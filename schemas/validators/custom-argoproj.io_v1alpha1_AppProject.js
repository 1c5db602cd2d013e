"use strict";
module.exports = validate2013;
module.exports.default = validate2013;
const schema782 = {"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},"spec":{"properties":{"clusterResourceBlacklist":{"items":{"properties":{"group":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"}},"required":["group","kind"],"type":"object","additionalProperties":false},"type":"array"},"clusterResourceWhitelist":{"items":{"properties":{"group":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"}},"required":["group","kind"],"type":"object","additionalProperties":false},"type":"array"},"description":{"maxLength":255,"type":"string"},"destinationServiceAccounts":{"items":{"properties":{"defaultServiceAccount":{"type":"string"},"namespace":{"type":"string"},"server":{"type":"string"}},"required":["defaultServiceAccount","server"],"type":"object","additionalProperties":false},"type":"array"},"destinations":{"items":{"properties":{"name":{"type":"string"},"namespace":{"type":"string"},"server":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"namespaceResourceBlacklist":{"items":{"properties":{"group":{"type":"string"},"kind":{"type":"string"}},"required":["group","kind"],"type":"object","additionalProperties":false},"type":"array"},"namespaceResourceWhitelist":{"items":{"properties":{"group":{"type":"string"},"kind":{"type":"string"}},"required":["group","kind"],"type":"object","additionalProperties":false},"type":"array"},"orphanedResources":{"properties":{"ignore":{"items":{"properties":{"group":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"warn":{"type":"boolean"}},"type":"object","additionalProperties":false},"permitOnlyProjectScopedClusters":{"type":"boolean"},"roles":{"items":{"properties":{"description":{"type":"string"},"groups":{"items":{"type":"string"},"type":"array"},"jwtTokens":{"items":{"properties":{"exp":{"format":"int64","type":"integer"},"iat":{"format":"int64","type":"integer"},"id":{"type":"string"}},"required":["iat"],"type":"object","additionalProperties":false},"type":"array"},"name":{"type":"string"},"policies":{"items":{"type":"string"},"type":"array"}},"required":["name"],"type":"object","additionalProperties":false},"type":"array"},"signatureKeys":{"items":{"properties":{"keyID":{"type":"string"}},"required":["keyID"],"type":"object","additionalProperties":false},"type":"array"},"sourceIntegrity":{"properties":{"git":{"properties":{"policies":{"items":{"properties":{"gpg":{"properties":{"keys":{"items":{"type":"string"},"type":"array"},"mode":{"type":"string"}},"required":["keys","mode"],"type":"object","additionalProperties":false},"repos":{"items":{"properties":{"url":{"type":"string"}},"required":["url"],"type":"object","additionalProperties":false},"type":"array"}},"required":["gpg","repos"],"type":"object","additionalProperties":false},"type":"array"}},"required":["policies"],"type":"object","additionalProperties":false}},"required":["git"],"type":"object","additionalProperties":false},"sourceNamespaces":{"items":{"type":"string"},"type":"array"},"sourceRepos":{"items":{"type":"string"},"type":"array"},"syncWindows":{"items":{"properties":{"andOperator":{"type":"boolean"},"applications":{"items":{"type":"string"},"type":"array"},"clusters":{"items":{"type":"string"},"type":"array"},"description":{"type":"string"},"duration":{"type":"string"},"kind":{"type":"string"},"manualSync":{"type":"boolean"},"namespaces":{"items":{"type":"string"},"type":"array"},"schedule":{"type":"string"},"syncOverrun":{"type":"boolean"},"timeZone":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false}},"required":["metadata","spec"],"type":"object","additionalProperties":false};
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


function validate2014(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate2014.errors = vErrors;
return errors === 0;
}

const func61 = require("ajv/dist/runtime/ucs2length").default;

function validate2013(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metadata === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.spec === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
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
if(data.apiVersion !== undefined){
if(typeof data.apiVersion !== "string"){
const err3 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
if(typeof data.kind !== "string"){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate2014(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate2014.errors : vErrors.concat(validate2014.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
let data3 = data.spec;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(func2.call(schema782.properties.spec.properties, key1))){
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
if(data3.clusterResourceBlacklist !== undefined){
let data4 = data3.clusterResourceBlacklist;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.group === undefined){
const err6 = {instancePath:instancePath+"/spec/clusterResourceBlacklist/" + i0,schemaPath:"#/properties/spec/properties/clusterResourceBlacklist/items/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data5.kind === undefined){
const err7 = {instancePath:instancePath+"/spec/clusterResourceBlacklist/" + i0,schemaPath:"#/properties/spec/properties/clusterResourceBlacklist/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key2 in data5){
if(!(((key2 === "group") || (key2 === "kind")) || (key2 === "name"))){
const err8 = {instancePath:instancePath+"/spec/clusterResourceBlacklist/" + i0,schemaPath:"#/properties/spec/properties/clusterResourceBlacklist/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data5.group !== undefined){
if(typeof data5.group !== "string"){
const err9 = {instancePath:instancePath+"/spec/clusterResourceBlacklist/" + i0+"/group",schemaPath:"#/properties/spec/properties/clusterResourceBlacklist/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data5.kind !== undefined){
if(typeof data5.kind !== "string"){
const err10 = {instancePath:instancePath+"/spec/clusterResourceBlacklist/" + i0+"/kind",schemaPath:"#/properties/spec/properties/clusterResourceBlacklist/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.name !== undefined){
if(typeof data5.name !== "string"){
const err11 = {instancePath:instancePath+"/spec/clusterResourceBlacklist/" + i0+"/name",schemaPath:"#/properties/spec/properties/clusterResourceBlacklist/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err12 = {instancePath:instancePath+"/spec/clusterResourceBlacklist/" + i0,schemaPath:"#/properties/spec/properties/clusterResourceBlacklist/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err13 = {instancePath:instancePath+"/spec/clusterResourceBlacklist",schemaPath:"#/properties/spec/properties/clusterResourceBlacklist/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.clusterResourceWhitelist !== undefined){
let data9 = data3.clusterResourceWhitelist;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.group === undefined){
const err14 = {instancePath:instancePath+"/spec/clusterResourceWhitelist/" + i1,schemaPath:"#/properties/spec/properties/clusterResourceWhitelist/items/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data10.kind === undefined){
const err15 = {instancePath:instancePath+"/spec/clusterResourceWhitelist/" + i1,schemaPath:"#/properties/spec/properties/clusterResourceWhitelist/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key3 in data10){
if(!(((key3 === "group") || (key3 === "kind")) || (key3 === "name"))){
const err16 = {instancePath:instancePath+"/spec/clusterResourceWhitelist/" + i1,schemaPath:"#/properties/spec/properties/clusterResourceWhitelist/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data10.group !== undefined){
if(typeof data10.group !== "string"){
const err17 = {instancePath:instancePath+"/spec/clusterResourceWhitelist/" + i1+"/group",schemaPath:"#/properties/spec/properties/clusterResourceWhitelist/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data10.kind !== undefined){
if(typeof data10.kind !== "string"){
const err18 = {instancePath:instancePath+"/spec/clusterResourceWhitelist/" + i1+"/kind",schemaPath:"#/properties/spec/properties/clusterResourceWhitelist/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data10.name !== undefined){
if(typeof data10.name !== "string"){
const err19 = {instancePath:instancePath+"/spec/clusterResourceWhitelist/" + i1+"/name",schemaPath:"#/properties/spec/properties/clusterResourceWhitelist/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err20 = {instancePath:instancePath+"/spec/clusterResourceWhitelist/" + i1,schemaPath:"#/properties/spec/properties/clusterResourceWhitelist/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err21 = {instancePath:instancePath+"/spec/clusterResourceWhitelist",schemaPath:"#/properties/spec/properties/clusterResourceWhitelist/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data3.description !== undefined){
let data14 = data3.description;
if(typeof data14 === "string"){
if(func61(data14) > 255){
const err22 = {instancePath:instancePath+"/spec/description",schemaPath:"#/properties/spec/properties/description/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
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
const err23 = {instancePath:instancePath+"/spec/description",schemaPath:"#/properties/spec/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data3.destinationServiceAccounts !== undefined){
let data15 = data3.destinationServiceAccounts;
if(Array.isArray(data15)){
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
let data16 = data15[i2];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.defaultServiceAccount === undefined){
const err24 = {instancePath:instancePath+"/spec/destinationServiceAccounts/" + i2,schemaPath:"#/properties/spec/properties/destinationServiceAccounts/items/required",keyword:"required",params:{missingProperty: "defaultServiceAccount"},message:"must have required property '"+"defaultServiceAccount"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data16.server === undefined){
const err25 = {instancePath:instancePath+"/spec/destinationServiceAccounts/" + i2,schemaPath:"#/properties/spec/properties/destinationServiceAccounts/items/required",keyword:"required",params:{missingProperty: "server"},message:"must have required property '"+"server"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key4 in data16){
if(!(((key4 === "defaultServiceAccount") || (key4 === "namespace")) || (key4 === "server"))){
const err26 = {instancePath:instancePath+"/spec/destinationServiceAccounts/" + i2,schemaPath:"#/properties/spec/properties/destinationServiceAccounts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data16.defaultServiceAccount !== undefined){
if(typeof data16.defaultServiceAccount !== "string"){
const err27 = {instancePath:instancePath+"/spec/destinationServiceAccounts/" + i2+"/defaultServiceAccount",schemaPath:"#/properties/spec/properties/destinationServiceAccounts/items/properties/defaultServiceAccount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data16.namespace !== undefined){
if(typeof data16.namespace !== "string"){
const err28 = {instancePath:instancePath+"/spec/destinationServiceAccounts/" + i2+"/namespace",schemaPath:"#/properties/spec/properties/destinationServiceAccounts/items/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data16.server !== undefined){
if(typeof data16.server !== "string"){
const err29 = {instancePath:instancePath+"/spec/destinationServiceAccounts/" + i2+"/server",schemaPath:"#/properties/spec/properties/destinationServiceAccounts/items/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err30 = {instancePath:instancePath+"/spec/destinationServiceAccounts/" + i2,schemaPath:"#/properties/spec/properties/destinationServiceAccounts/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err31 = {instancePath:instancePath+"/spec/destinationServiceAccounts",schemaPath:"#/properties/spec/properties/destinationServiceAccounts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data3.destinations !== undefined){
let data20 = data3.destinations;
if(Array.isArray(data20)){
const len3 = data20.length;
for(let i3=0; i3<len3; i3++){
let data21 = data20[i3];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key5 in data21){
if(!(((key5 === "name") || (key5 === "namespace")) || (key5 === "server"))){
const err32 = {instancePath:instancePath+"/spec/destinations/" + i3,schemaPath:"#/properties/spec/properties/destinations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
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
const err33 = {instancePath:instancePath+"/spec/destinations/" + i3+"/name",schemaPath:"#/properties/spec/properties/destinations/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data21.namespace !== undefined){
if(typeof data21.namespace !== "string"){
const err34 = {instancePath:instancePath+"/spec/destinations/" + i3+"/namespace",schemaPath:"#/properties/spec/properties/destinations/items/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data21.server !== undefined){
if(typeof data21.server !== "string"){
const err35 = {instancePath:instancePath+"/spec/destinations/" + i3+"/server",schemaPath:"#/properties/spec/properties/destinations/items/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err36 = {instancePath:instancePath+"/spec/destinations/" + i3,schemaPath:"#/properties/spec/properties/destinations/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err37 = {instancePath:instancePath+"/spec/destinations",schemaPath:"#/properties/spec/properties/destinations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data3.namespaceResourceBlacklist !== undefined){
let data25 = data3.namespaceResourceBlacklist;
if(Array.isArray(data25)){
const len4 = data25.length;
for(let i4=0; i4<len4; i4++){
let data26 = data25[i4];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.group === undefined){
const err38 = {instancePath:instancePath+"/spec/namespaceResourceBlacklist/" + i4,schemaPath:"#/properties/spec/properties/namespaceResourceBlacklist/items/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data26.kind === undefined){
const err39 = {instancePath:instancePath+"/spec/namespaceResourceBlacklist/" + i4,schemaPath:"#/properties/spec/properties/namespaceResourceBlacklist/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key6 in data26){
if(!((key6 === "group") || (key6 === "kind"))){
const err40 = {instancePath:instancePath+"/spec/namespaceResourceBlacklist/" + i4,schemaPath:"#/properties/spec/properties/namespaceResourceBlacklist/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data26.group !== undefined){
if(typeof data26.group !== "string"){
const err41 = {instancePath:instancePath+"/spec/namespaceResourceBlacklist/" + i4+"/group",schemaPath:"#/properties/spec/properties/namespaceResourceBlacklist/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data26.kind !== undefined){
if(typeof data26.kind !== "string"){
const err42 = {instancePath:instancePath+"/spec/namespaceResourceBlacklist/" + i4+"/kind",schemaPath:"#/properties/spec/properties/namespaceResourceBlacklist/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err43 = {instancePath:instancePath+"/spec/namespaceResourceBlacklist/" + i4,schemaPath:"#/properties/spec/properties/namespaceResourceBlacklist/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/spec/namespaceResourceBlacklist",schemaPath:"#/properties/spec/properties/namespaceResourceBlacklist/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data3.namespaceResourceWhitelist !== undefined){
let data29 = data3.namespaceResourceWhitelist;
if(Array.isArray(data29)){
const len5 = data29.length;
for(let i5=0; i5<len5; i5++){
let data30 = data29[i5];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.group === undefined){
const err45 = {instancePath:instancePath+"/spec/namespaceResourceWhitelist/" + i5,schemaPath:"#/properties/spec/properties/namespaceResourceWhitelist/items/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data30.kind === undefined){
const err46 = {instancePath:instancePath+"/spec/namespaceResourceWhitelist/" + i5,schemaPath:"#/properties/spec/properties/namespaceResourceWhitelist/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key7 in data30){
if(!((key7 === "group") || (key7 === "kind"))){
const err47 = {instancePath:instancePath+"/spec/namespaceResourceWhitelist/" + i5,schemaPath:"#/properties/spec/properties/namespaceResourceWhitelist/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data30.group !== undefined){
if(typeof data30.group !== "string"){
const err48 = {instancePath:instancePath+"/spec/namespaceResourceWhitelist/" + i5+"/group",schemaPath:"#/properties/spec/properties/namespaceResourceWhitelist/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data30.kind !== undefined){
if(typeof data30.kind !== "string"){
const err49 = {instancePath:instancePath+"/spec/namespaceResourceWhitelist/" + i5+"/kind",schemaPath:"#/properties/spec/properties/namespaceResourceWhitelist/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/spec/namespaceResourceWhitelist/" + i5,schemaPath:"#/properties/spec/properties/namespaceResourceWhitelist/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err51 = {instancePath:instancePath+"/spec/namespaceResourceWhitelist",schemaPath:"#/properties/spec/properties/namespaceResourceWhitelist/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data3.orphanedResources !== undefined){
let data33 = data3.orphanedResources;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key8 in data33){
if(!((key8 === "ignore") || (key8 === "warn"))){
const err52 = {instancePath:instancePath+"/spec/orphanedResources",schemaPath:"#/properties/spec/properties/orphanedResources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data33.ignore !== undefined){
let data34 = data33.ignore;
if(Array.isArray(data34)){
const len6 = data34.length;
for(let i6=0; i6<len6; i6++){
let data35 = data34[i6];
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key9 in data35){
if(!(((key9 === "group") || (key9 === "kind")) || (key9 === "name"))){
const err53 = {instancePath:instancePath+"/spec/orphanedResources/ignore/" + i6,schemaPath:"#/properties/spec/properties/orphanedResources/properties/ignore/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data35.group !== undefined){
if(typeof data35.group !== "string"){
const err54 = {instancePath:instancePath+"/spec/orphanedResources/ignore/" + i6+"/group",schemaPath:"#/properties/spec/properties/orphanedResources/properties/ignore/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data35.kind !== undefined){
if(typeof data35.kind !== "string"){
const err55 = {instancePath:instancePath+"/spec/orphanedResources/ignore/" + i6+"/kind",schemaPath:"#/properties/spec/properties/orphanedResources/properties/ignore/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data35.name !== undefined){
if(typeof data35.name !== "string"){
const err56 = {instancePath:instancePath+"/spec/orphanedResources/ignore/" + i6+"/name",schemaPath:"#/properties/spec/properties/orphanedResources/properties/ignore/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err57 = {instancePath:instancePath+"/spec/orphanedResources/ignore/" + i6,schemaPath:"#/properties/spec/properties/orphanedResources/properties/ignore/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/spec/orphanedResources/ignore",schemaPath:"#/properties/spec/properties/orphanedResources/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data33.warn !== undefined){
if(typeof data33.warn !== "boolean"){
const err59 = {instancePath:instancePath+"/spec/orphanedResources/warn",schemaPath:"#/properties/spec/properties/orphanedResources/properties/warn/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err60 = {instancePath:instancePath+"/spec/orphanedResources",schemaPath:"#/properties/spec/properties/orphanedResources/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data3.permitOnlyProjectScopedClusters !== undefined){
if(typeof data3.permitOnlyProjectScopedClusters !== "boolean"){
const err61 = {instancePath:instancePath+"/spec/permitOnlyProjectScopedClusters",schemaPath:"#/properties/spec/properties/permitOnlyProjectScopedClusters/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data3.roles !== undefined){
let data41 = data3.roles;
if(Array.isArray(data41)){
const len7 = data41.length;
for(let i7=0; i7<len7; i7++){
let data42 = data41[i7];
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.name === undefined){
const err62 = {instancePath:instancePath+"/spec/roles/" + i7,schemaPath:"#/properties/spec/properties/roles/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
for(const key10 in data42){
if(!(((((key10 === "description") || (key10 === "groups")) || (key10 === "jwtTokens")) || (key10 === "name")) || (key10 === "policies"))){
const err63 = {instancePath:instancePath+"/spec/roles/" + i7,schemaPath:"#/properties/spec/properties/roles/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data42.description !== undefined){
if(typeof data42.description !== "string"){
const err64 = {instancePath:instancePath+"/spec/roles/" + i7+"/description",schemaPath:"#/properties/spec/properties/roles/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data42.groups !== undefined){
let data44 = data42.groups;
if(Array.isArray(data44)){
const len8 = data44.length;
for(let i8=0; i8<len8; i8++){
if(typeof data44[i8] !== "string"){
const err65 = {instancePath:instancePath+"/spec/roles/" + i7+"/groups/" + i8,schemaPath:"#/properties/spec/properties/roles/items/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/spec/roles/" + i7+"/groups",schemaPath:"#/properties/spec/properties/roles/items/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data42.jwtTokens !== undefined){
let data46 = data42.jwtTokens;
if(Array.isArray(data46)){
const len9 = data46.length;
for(let i9=0; i9<len9; i9++){
let data47 = data46[i9];
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.iat === undefined){
const err67 = {instancePath:instancePath+"/spec/roles/" + i7+"/jwtTokens/" + i9,schemaPath:"#/properties/spec/properties/roles/items/properties/jwtTokens/items/required",keyword:"required",params:{missingProperty: "iat"},message:"must have required property '"+"iat"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key11 in data47){
if(!(((key11 === "exp") || (key11 === "iat")) || (key11 === "id"))){
const err68 = {instancePath:instancePath+"/spec/roles/" + i7+"/jwtTokens/" + i9,schemaPath:"#/properties/spec/properties/roles/items/properties/jwtTokens/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data47.exp !== undefined){
let data48 = data47.exp;
if(!((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48)))){
const err69 = {instancePath:instancePath+"/spec/roles/" + i7+"/jwtTokens/" + i9+"/exp",schemaPath:"#/properties/spec/properties/roles/items/properties/jwtTokens/items/properties/exp/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data47.iat !== undefined){
let data49 = data47.iat;
if(!((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49)))){
const err70 = {instancePath:instancePath+"/spec/roles/" + i7+"/jwtTokens/" + i9+"/iat",schemaPath:"#/properties/spec/properties/roles/items/properties/jwtTokens/items/properties/iat/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data47.id !== undefined){
if(typeof data47.id !== "string"){
const err71 = {instancePath:instancePath+"/spec/roles/" + i7+"/jwtTokens/" + i9+"/id",schemaPath:"#/properties/spec/properties/roles/items/properties/jwtTokens/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err72 = {instancePath:instancePath+"/spec/roles/" + i7+"/jwtTokens/" + i9,schemaPath:"#/properties/spec/properties/roles/items/properties/jwtTokens/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err73 = {instancePath:instancePath+"/spec/roles/" + i7+"/jwtTokens",schemaPath:"#/properties/spec/properties/roles/items/properties/jwtTokens/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data42.name !== undefined){
if(typeof data42.name !== "string"){
const err74 = {instancePath:instancePath+"/spec/roles/" + i7+"/name",schemaPath:"#/properties/spec/properties/roles/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data42.policies !== undefined){
let data52 = data42.policies;
if(Array.isArray(data52)){
const len10 = data52.length;
for(let i10=0; i10<len10; i10++){
if(typeof data52[i10] !== "string"){
const err75 = {instancePath:instancePath+"/spec/roles/" + i7+"/policies/" + i10,schemaPath:"#/properties/spec/properties/roles/items/properties/policies/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/spec/roles/" + i7+"/policies",schemaPath:"#/properties/spec/properties/roles/items/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/spec/roles/" + i7,schemaPath:"#/properties/spec/properties/roles/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/spec/roles",schemaPath:"#/properties/spec/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data3.signatureKeys !== undefined){
let data54 = data3.signatureKeys;
if(Array.isArray(data54)){
const len11 = data54.length;
for(let i11=0; i11<len11; i11++){
let data55 = data54[i11];
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.keyID === undefined){
const err79 = {instancePath:instancePath+"/spec/signatureKeys/" + i11,schemaPath:"#/properties/spec/properties/signatureKeys/items/required",keyword:"required",params:{missingProperty: "keyID"},message:"must have required property '"+"keyID"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
for(const key12 in data55){
if(!(key12 === "keyID")){
const err80 = {instancePath:instancePath+"/spec/signatureKeys/" + i11,schemaPath:"#/properties/spec/properties/signatureKeys/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data55.keyID !== undefined){
if(typeof data55.keyID !== "string"){
const err81 = {instancePath:instancePath+"/spec/signatureKeys/" + i11+"/keyID",schemaPath:"#/properties/spec/properties/signatureKeys/items/properties/keyID/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err82 = {instancePath:instancePath+"/spec/signatureKeys/" + i11,schemaPath:"#/properties/spec/properties/signatureKeys/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/spec/signatureKeys",schemaPath:"#/properties/spec/properties/signatureKeys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data3.sourceIntegrity !== undefined){
let data57 = data3.sourceIntegrity;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
if(data57.git === undefined){
const err84 = {instancePath:instancePath+"/spec/sourceIntegrity",schemaPath:"#/properties/spec/properties/sourceIntegrity/required",keyword:"required",params:{missingProperty: "git"},message:"must have required property '"+"git"+"'"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
for(const key13 in data57){
if(!(key13 === "git")){
const err85 = {instancePath:instancePath+"/spec/sourceIntegrity",schemaPath:"#/properties/spec/properties/sourceIntegrity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data57.git !== undefined){
let data58 = data57.git;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.policies === undefined){
const err86 = {instancePath:instancePath+"/spec/sourceIntegrity/git",schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/required",keyword:"required",params:{missingProperty: "policies"},message:"must have required property '"+"policies"+"'"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
for(const key14 in data58){
if(!(key14 === "policies")){
const err87 = {instancePath:instancePath+"/spec/sourceIntegrity/git",schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data58.policies !== undefined){
let data59 = data58.policies;
if(Array.isArray(data59)){
const len12 = data59.length;
for(let i12=0; i12<len12; i12++){
let data60 = data59[i12];
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.gpg === undefined){
const err88 = {instancePath:instancePath+"/spec/sourceIntegrity/git/policies/" + i12,schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/properties/policies/items/required",keyword:"required",params:{missingProperty: "gpg"},message:"must have required property '"+"gpg"+"'"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data60.repos === undefined){
const err89 = {instancePath:instancePath+"/spec/sourceIntegrity/git/policies/" + i12,schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/properties/policies/items/required",keyword:"required",params:{missingProperty: "repos"},message:"must have required property '"+"repos"+"'"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key15 in data60){
if(!((key15 === "gpg") || (key15 === "repos"))){
const err90 = {instancePath:instancePath+"/spec/sourceIntegrity/git/policies/" + i12,schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/properties/policies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data60.gpg !== undefined){
let data61 = data60.gpg;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.keys === undefined){
const err91 = {instancePath:instancePath+"/spec/sourceIntegrity/git/policies/" + i12+"/gpg",schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/properties/policies/items/properties/gpg/required",keyword:"required",params:{missingProperty: "keys"},message:"must have required property '"+"keys"+"'"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data61.mode === undefined){
const err92 = {instancePath:instancePath+"/spec/sourceIntegrity/git/policies/" + i12+"/gpg",schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/properties/policies/items/properties/gpg/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
for(const key16 in data61){
if(!((key16 === "keys") || (key16 === "mode"))){
const err93 = {instancePath:instancePath+"/spec/sourceIntegrity/git/policies/" + i12+"/gpg",schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/properties/policies/items/properties/gpg/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data61.keys !== undefined){
let data62 = data61.keys;
if(Array.isArray(data62)){
const len13 = data62.length;
for(let i13=0; i13<len13; i13++){
if(typeof data62[i13] !== "string"){
const err94 = {instancePath:instancePath+"/spec/sourceIntegrity/git/policies/" + i12+"/gpg/keys/" + i13,schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/properties/policies/items/properties/gpg/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/spec/sourceIntegrity/git/policies/" + i12+"/gpg/keys",schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/properties/policies/items/properties/gpg/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data61.mode !== undefined){
if(typeof data61.mode !== "string"){
const err96 = {instancePath:instancePath+"/spec/sourceIntegrity/git/policies/" + i12+"/gpg/mode",schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/properties/policies/items/properties/gpg/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err97 = {instancePath:instancePath+"/spec/sourceIntegrity/git/policies/" + i12+"/gpg",schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/properties/policies/items/properties/gpg/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data60.repos !== undefined){
let data65 = data60.repos;
if(Array.isArray(data65)){
const len14 = data65.length;
for(let i14=0; i14<len14; i14++){
let data66 = data65[i14];
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
if(data66.url === undefined){
const err98 = {instancePath:instancePath+"/spec/sourceIntegrity/git/policies/" + i12+"/repos/" + i14,schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/properties/policies/items/properties/repos/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
for(const key17 in data66){
if(!(key17 === "url")){
const err99 = {instancePath:instancePath+"/spec/sourceIntegrity/git/policies/" + i12+"/repos/" + i14,schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/properties/policies/items/properties/repos/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data66.url !== undefined){
if(typeof data66.url !== "string"){
const err100 = {instancePath:instancePath+"/spec/sourceIntegrity/git/policies/" + i12+"/repos/" + i14+"/url",schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/properties/policies/items/properties/repos/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err101 = {instancePath:instancePath+"/spec/sourceIntegrity/git/policies/" + i12+"/repos/" + i14,schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/properties/policies/items/properties/repos/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/spec/sourceIntegrity/git/policies/" + i12+"/repos",schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/properties/policies/items/properties/repos/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err103 = {instancePath:instancePath+"/spec/sourceIntegrity/git/policies/" + i12,schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/properties/policies/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err104 = {instancePath:instancePath+"/spec/sourceIntegrity/git/policies",schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err105 = {instancePath:instancePath+"/spec/sourceIntegrity/git",schemaPath:"#/properties/spec/properties/sourceIntegrity/properties/git/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
else {
const err106 = {instancePath:instancePath+"/spec/sourceIntegrity",schemaPath:"#/properties/spec/properties/sourceIntegrity/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data3.sourceNamespaces !== undefined){
let data68 = data3.sourceNamespaces;
if(Array.isArray(data68)){
const len15 = data68.length;
for(let i15=0; i15<len15; i15++){
if(typeof data68[i15] !== "string"){
const err107 = {instancePath:instancePath+"/spec/sourceNamespaces/" + i15,schemaPath:"#/properties/spec/properties/sourceNamespaces/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err108 = {instancePath:instancePath+"/spec/sourceNamespaces",schemaPath:"#/properties/spec/properties/sourceNamespaces/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data3.sourceRepos !== undefined){
let data70 = data3.sourceRepos;
if(Array.isArray(data70)){
const len16 = data70.length;
for(let i16=0; i16<len16; i16++){
if(typeof data70[i16] !== "string"){
const err109 = {instancePath:instancePath+"/spec/sourceRepos/" + i16,schemaPath:"#/properties/spec/properties/sourceRepos/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err110 = {instancePath:instancePath+"/spec/sourceRepos",schemaPath:"#/properties/spec/properties/sourceRepos/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data3.syncWindows !== undefined){
let data72 = data3.syncWindows;
if(Array.isArray(data72)){
const len17 = data72.length;
for(let i17=0; i17<len17; i17++){
let data73 = data72[i17];
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
for(const key18 in data73){
if(!(func2.call(schema782.properties.spec.properties.syncWindows.items.properties, key18))){
const err111 = {instancePath:instancePath+"/spec/syncWindows/" + i17,schemaPath:"#/properties/spec/properties/syncWindows/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data73.andOperator !== undefined){
if(typeof data73.andOperator !== "boolean"){
const err112 = {instancePath:instancePath+"/spec/syncWindows/" + i17+"/andOperator",schemaPath:"#/properties/spec/properties/syncWindows/items/properties/andOperator/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data73.applications !== undefined){
let data75 = data73.applications;
if(Array.isArray(data75)){
const len18 = data75.length;
for(let i18=0; i18<len18; i18++){
if(typeof data75[i18] !== "string"){
const err113 = {instancePath:instancePath+"/spec/syncWindows/" + i17+"/applications/" + i18,schemaPath:"#/properties/spec/properties/syncWindows/items/properties/applications/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/spec/syncWindows/" + i17+"/applications",schemaPath:"#/properties/spec/properties/syncWindows/items/properties/applications/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data73.clusters !== undefined){
let data77 = data73.clusters;
if(Array.isArray(data77)){
const len19 = data77.length;
for(let i19=0; i19<len19; i19++){
if(typeof data77[i19] !== "string"){
const err115 = {instancePath:instancePath+"/spec/syncWindows/" + i17+"/clusters/" + i19,schemaPath:"#/properties/spec/properties/syncWindows/items/properties/clusters/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err116 = {instancePath:instancePath+"/spec/syncWindows/" + i17+"/clusters",schemaPath:"#/properties/spec/properties/syncWindows/items/properties/clusters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data73.description !== undefined){
if(typeof data73.description !== "string"){
const err117 = {instancePath:instancePath+"/spec/syncWindows/" + i17+"/description",schemaPath:"#/properties/spec/properties/syncWindows/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data73.duration !== undefined){
if(typeof data73.duration !== "string"){
const err118 = {instancePath:instancePath+"/spec/syncWindows/" + i17+"/duration",schemaPath:"#/properties/spec/properties/syncWindows/items/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data73.kind !== undefined){
if(typeof data73.kind !== "string"){
const err119 = {instancePath:instancePath+"/spec/syncWindows/" + i17+"/kind",schemaPath:"#/properties/spec/properties/syncWindows/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data73.manualSync !== undefined){
if(typeof data73.manualSync !== "boolean"){
const err120 = {instancePath:instancePath+"/spec/syncWindows/" + i17+"/manualSync",schemaPath:"#/properties/spec/properties/syncWindows/items/properties/manualSync/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data73.namespaces !== undefined){
let data83 = data73.namespaces;
if(Array.isArray(data83)){
const len20 = data83.length;
for(let i20=0; i20<len20; i20++){
if(typeof data83[i20] !== "string"){
const err121 = {instancePath:instancePath+"/spec/syncWindows/" + i17+"/namespaces/" + i20,schemaPath:"#/properties/spec/properties/syncWindows/items/properties/namespaces/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err122 = {instancePath:instancePath+"/spec/syncWindows/" + i17+"/namespaces",schemaPath:"#/properties/spec/properties/syncWindows/items/properties/namespaces/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data73.schedule !== undefined){
if(typeof data73.schedule !== "string"){
const err123 = {instancePath:instancePath+"/spec/syncWindows/" + i17+"/schedule",schemaPath:"#/properties/spec/properties/syncWindows/items/properties/schedule/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data73.syncOverrun !== undefined){
if(typeof data73.syncOverrun !== "boolean"){
const err124 = {instancePath:instancePath+"/spec/syncWindows/" + i17+"/syncOverrun",schemaPath:"#/properties/spec/properties/syncWindows/items/properties/syncOverrun/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data73.timeZone !== undefined){
if(typeof data73.timeZone !== "string"){
const err125 = {instancePath:instancePath+"/spec/syncWindows/" + i17+"/timeZone",schemaPath:"#/properties/spec/properties/syncWindows/items/properties/timeZone/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err126 = {instancePath:instancePath+"/spec/syncWindows/" + i17,schemaPath:"#/properties/spec/properties/syncWindows/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath:instancePath+"/spec/syncWindows",schemaPath:"#/properties/spec/properties/syncWindows/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
validate2013.errors = vErrors;
return errors === 0;
}
