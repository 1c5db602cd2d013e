"use strict";
module.exports = validate2034;
module.exports.default = validate2034;
const schema788 = {"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},"spec":{"properties":{"recommenders":{"items":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object","additionalProperties":false},"type":"array"},"resourcePolicy":{"properties":{"containerPolicies":{"items":{"properties":{"containerName":{"type":"string"},"controlledResources":{"items":{"type":"string"},"type":"array"},"controlledValues":{"enum":["RequestsAndLimits","RequestsOnly"],"type":"string"},"maxAllowed":{"additionalProperties":{"anyOf":[{"type":"string"},{"type":"integer"}]},"type":"object"},"memoryAggregationIntervalCount":{"format":"int64","minimum":1,"type":"integer"},"memoryAggregationIntervalSeconds":{"format":"int32","minimum":1,"type":"integer"},"minAllowed":{"additionalProperties":{"anyOf":[{"type":"string"},{"type":"integer"}]},"type":"object"},"mode":{"enum":["Auto","Off"],"type":"string"},"oomBumpUpRatio":{"anyOf":[{"type":"string"},{"type":"integer"}]},"oomMinBumpUp":{"anyOf":[{"type":"string"},{"type":"integer"}]},"startupBoost":{"properties":{"cpu":{"properties":{"durationSeconds":{"format":"int32","type":"integer"},"factor":{"format":"int32","type":"integer"},"quantity":{"anyOf":[{"type":"string"},{"type":"integer"}]},"type":{"enum":["Factor","Quantity"],"type":"string"}},"required":["type"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"startupBoost":{"properties":{"cpu":{"properties":{"durationSeconds":{"format":"int32","type":"integer"},"factor":{"format":"int32","type":"integer"},"quantity":{"anyOf":[{"type":"string"},{"type":"integer"}]},"type":{"enum":["Factor","Quantity"],"type":"string"}},"required":["type"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"targetRef":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"}},"required":["kind","name"],"type":"object","additionalProperties":false},"updatePolicy":{"properties":{"evictAfterOOMSeconds":{"format":"int32","minimum":1,"type":"integer"},"evictionRequirements":{"items":{"properties":{"changeRequirement":{"enum":["TargetHigherThanRequests","TargetLowerThanRequests"],"type":"string"},"resources":{"items":{"type":"string"},"type":"array"}},"required":["changeRequirement","resources"],"type":"object","additionalProperties":false},"type":"array"},"minReplicas":{"format":"int32","type":"integer"},"updateMode":{"enum":["Off","Initial","Recreate","InPlaceOrRecreate","InPlace","Auto"],"type":"string"}},"type":"object","additionalProperties":false}},"required":["targetRef"],"type":"object","additionalProperties":false}},"required":["spec"],"type":"object","additionalProperties":false};
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


function validate2035(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate2035.errors = vErrors;
return errors === 0;
}


function validate2034(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate2035(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate2035.errors : vErrors.concat(validate2035.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
let data3 = data.spec;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.targetRef === undefined){
const err4 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "targetRef"},message:"must have required property '"+"targetRef"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data3){
if(!(((((key1 === "recommenders") || (key1 === "resourcePolicy")) || (key1 === "startupBoost")) || (key1 === "targetRef")) || (key1 === "updatePolicy"))){
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
if(data3.recommenders !== undefined){
let data4 = data3.recommenders;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.name === undefined){
const err6 = {instancePath:instancePath+"/spec/recommenders/" + i0,schemaPath:"#/properties/spec/properties/recommenders/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key2 in data5){
if(!(key2 === "name")){
const err7 = {instancePath:instancePath+"/spec/recommenders/" + i0,schemaPath:"#/properties/spec/properties/recommenders/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data5.name !== undefined){
if(typeof data5.name !== "string"){
const err8 = {instancePath:instancePath+"/spec/recommenders/" + i0+"/name",schemaPath:"#/properties/spec/properties/recommenders/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err9 = {instancePath:instancePath+"/spec/recommenders/" + i0,schemaPath:"#/properties/spec/properties/recommenders/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err10 = {instancePath:instancePath+"/spec/recommenders",schemaPath:"#/properties/spec/properties/recommenders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.resourcePolicy !== undefined){
let data7 = data3.resourcePolicy;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key3 in data7){
if(!(key3 === "containerPolicies")){
const err11 = {instancePath:instancePath+"/spec/resourcePolicy",schemaPath:"#/properties/spec/properties/resourcePolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data7.containerPolicies !== undefined){
let data8 = data7.containerPolicies;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key4 in data9){
if(!(func2.call(schema788.properties.spec.properties.resourcePolicy.properties.containerPolicies.items.properties, key4))){
const err12 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1,schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data9.containerName !== undefined){
if(typeof data9.containerName !== "string"){
const err13 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/containerName",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/containerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data9.controlledResources !== undefined){
let data11 = data9.controlledResources;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
if(typeof data11[i2] !== "string"){
const err14 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/controlledResources/" + i2,schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/controlledResources/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/controlledResources",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/controlledResources/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data9.controlledValues !== undefined){
let data13 = data9.controlledValues;
if(typeof data13 !== "string"){
const err16 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/controlledValues",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/controlledValues/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((data13 === "RequestsAndLimits") || (data13 === "RequestsOnly"))){
const err17 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/controlledValues",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/controlledValues/enum",keyword:"enum",params:{allowedValues: schema788.properties.spec.properties.resourcePolicy.properties.containerPolicies.items.properties.controlledValues.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data9.maxAllowed !== undefined){
let data14 = data9.maxAllowed;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key5 in data14){
let data15 = data14[key5];
const _errs37 = errors;
let valid12 = false;
const _errs38 = errors;
if(typeof data15 !== "string"){
const err18 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/maxAllowed/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/maxAllowed/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs38 === errors;
valid12 = valid12 || _valid0;
if(!valid12){
const _errs40 = errors;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
const err19 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/maxAllowed/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/maxAllowed/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs40 === errors;
valid12 = valid12 || _valid0;
}
if(!valid12){
const err20 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/maxAllowed/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/maxAllowed/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/maxAllowed",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/maxAllowed/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.memoryAggregationIntervalCount !== undefined){
let data16 = data9.memoryAggregationIntervalCount;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err22 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/memoryAggregationIntervalCount",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/memoryAggregationIntervalCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(typeof data16 == "number"){
if(data16 < 1 || isNaN(data16)){
const err23 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/memoryAggregationIntervalCount",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/memoryAggregationIntervalCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data9.memoryAggregationIntervalSeconds !== undefined){
let data17 = data9.memoryAggregationIntervalSeconds;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err24 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/memoryAggregationIntervalSeconds",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/memoryAggregationIntervalSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 < 1 || isNaN(data17)){
const err25 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/memoryAggregationIntervalSeconds",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/memoryAggregationIntervalSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data9.minAllowed !== undefined){
let data18 = data9.minAllowed;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key6 in data18){
let data19 = data18[key6];
const _errs50 = errors;
let valid14 = false;
const _errs51 = errors;
if(typeof data19 !== "string"){
const err26 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/minAllowed/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/minAllowed/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs51 === errors;
valid14 = valid14 || _valid1;
if(!valid14){
const _errs53 = errors;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err27 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/minAllowed/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/minAllowed/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs53 === errors;
valid14 = valid14 || _valid1;
}
if(!valid14){
const err28 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/minAllowed/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/minAllowed/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err29 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/minAllowed",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/minAllowed/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data9.mode !== undefined){
let data20 = data9.mode;
if(typeof data20 !== "string"){
const err30 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/mode",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!((data20 === "Auto") || (data20 === "Off"))){
const err31 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/mode",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema788.properties.spec.properties.resourcePolicy.properties.containerPolicies.items.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.oomBumpUpRatio !== undefined){
let data21 = data9.oomBumpUpRatio;
const _errs58 = errors;
let valid15 = false;
const _errs59 = errors;
if(typeof data21 !== "string"){
const err32 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/oomBumpUpRatio",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/oomBumpUpRatio/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid2 = _errs59 === errors;
valid15 = valid15 || _valid2;
if(!valid15){
const _errs61 = errors;
if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){
const err33 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/oomBumpUpRatio",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/oomBumpUpRatio/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid2 = _errs61 === errors;
valid15 = valid15 || _valid2;
}
if(!valid15){
const err34 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/oomBumpUpRatio",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/oomBumpUpRatio/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
}
}
if(data9.oomMinBumpUp !== undefined){
let data22 = data9.oomMinBumpUp;
const _errs64 = errors;
let valid16 = false;
const _errs65 = errors;
if(typeof data22 !== "string"){
const err35 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/oomMinBumpUp",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/oomMinBumpUp/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid3 = _errs65 === errors;
valid16 = valid16 || _valid3;
if(!valid16){
const _errs67 = errors;
if(!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))){
const err36 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/oomMinBumpUp",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/oomMinBumpUp/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid3 = _errs67 === errors;
valid16 = valid16 || _valid3;
}
if(!valid16){
const err37 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/oomMinBumpUp",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/oomMinBumpUp/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs64;
if(vErrors !== null){
if(_errs64){
vErrors.length = _errs64;
}
else {
vErrors = null;
}
}
}
}
if(data9.startupBoost !== undefined){
let data23 = data9.startupBoost;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key7 in data23){
if(!(key7 === "cpu")){
const err38 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/startupBoost",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/startupBoost/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data23.cpu !== undefined){
let data24 = data23.cpu;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.type === undefined){
const err39 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/startupBoost/cpu",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/startupBoost/properties/cpu/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key8 in data24){
if(!((((key8 === "durationSeconds") || (key8 === "factor")) || (key8 === "quantity")) || (key8 === "type"))){
const err40 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/startupBoost/cpu",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/startupBoost/properties/cpu/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data24.durationSeconds !== undefined){
let data25 = data24.durationSeconds;
if(!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))){
const err41 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/startupBoost/cpu/durationSeconds",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/startupBoost/properties/cpu/properties/durationSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data24.factor !== undefined){
let data26 = data24.factor;
if(!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))){
const err42 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/startupBoost/cpu/factor",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/startupBoost/properties/cpu/properties/factor/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data24.quantity !== undefined){
let data27 = data24.quantity;
const _errs80 = errors;
let valid19 = false;
const _errs81 = errors;
if(typeof data27 !== "string"){
const err43 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/startupBoost/cpu/quantity",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/startupBoost/properties/cpu/properties/quantity/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid4 = _errs81 === errors;
valid19 = valid19 || _valid4;
if(!valid19){
const _errs83 = errors;
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
const err44 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/startupBoost/cpu/quantity",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/startupBoost/properties/cpu/properties/quantity/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid4 = _errs83 === errors;
valid19 = valid19 || _valid4;
}
if(!valid19){
const err45 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/startupBoost/cpu/quantity",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/startupBoost/properties/cpu/properties/quantity/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs80;
if(vErrors !== null){
if(_errs80){
vErrors.length = _errs80;
}
else {
vErrors = null;
}
}
}
}
if(data24.type !== undefined){
let data28 = data24.type;
if(typeof data28 !== "string"){
const err46 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/startupBoost/cpu/type",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/startupBoost/properties/cpu/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!((data28 === "Factor") || (data28 === "Quantity"))){
const err47 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/startupBoost/cpu/type",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/startupBoost/properties/cpu/properties/type/enum",keyword:"enum",params:{allowedValues: schema788.properties.spec.properties.resourcePolicy.properties.containerPolicies.items.properties.startupBoost.properties.cpu.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/startupBoost/cpu",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/startupBoost/properties/cpu/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err49 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1+"/startupBoost",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/properties/startupBoost/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err50 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies/" + i1,schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err51 = {instancePath:instancePath+"/spec/resourcePolicy/containerPolicies",schemaPath:"#/properties/spec/properties/resourcePolicy/properties/containerPolicies/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/spec/resourcePolicy",schemaPath:"#/properties/spec/properties/resourcePolicy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data3.startupBoost !== undefined){
let data29 = data3.startupBoost;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key9 in data29){
if(!(key9 === "cpu")){
const err53 = {instancePath:instancePath+"/spec/startupBoost",schemaPath:"#/properties/spec/properties/startupBoost/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data29.cpu !== undefined){
let data30 = data29.cpu;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.type === undefined){
const err54 = {instancePath:instancePath+"/spec/startupBoost/cpu",schemaPath:"#/properties/spec/properties/startupBoost/properties/cpu/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
for(const key10 in data30){
if(!((((key10 === "durationSeconds") || (key10 === "factor")) || (key10 === "quantity")) || (key10 === "type"))){
const err55 = {instancePath:instancePath+"/spec/startupBoost/cpu",schemaPath:"#/properties/spec/properties/startupBoost/properties/cpu/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data30.durationSeconds !== undefined){
let data31 = data30.durationSeconds;
if(!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))){
const err56 = {instancePath:instancePath+"/spec/startupBoost/cpu/durationSeconds",schemaPath:"#/properties/spec/properties/startupBoost/properties/cpu/properties/durationSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data30.factor !== undefined){
let data32 = data30.factor;
if(!((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32)))){
const err57 = {instancePath:instancePath+"/spec/startupBoost/cpu/factor",schemaPath:"#/properties/spec/properties/startupBoost/properties/cpu/properties/factor/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data30.quantity !== undefined){
let data33 = data30.quantity;
const _errs98 = errors;
let valid22 = false;
const _errs99 = errors;
if(typeof data33 !== "string"){
const err58 = {instancePath:instancePath+"/spec/startupBoost/cpu/quantity",schemaPath:"#/properties/spec/properties/startupBoost/properties/cpu/properties/quantity/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid5 = _errs99 === errors;
valid22 = valid22 || _valid5;
if(!valid22){
const _errs101 = errors;
if(!((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33)))){
const err59 = {instancePath:instancePath+"/spec/startupBoost/cpu/quantity",schemaPath:"#/properties/spec/properties/startupBoost/properties/cpu/properties/quantity/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var _valid5 = _errs101 === errors;
valid22 = valid22 || _valid5;
}
if(!valid22){
const err60 = {instancePath:instancePath+"/spec/startupBoost/cpu/quantity",schemaPath:"#/properties/spec/properties/startupBoost/properties/cpu/properties/quantity/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
else {
errors = _errs98;
if(vErrors !== null){
if(_errs98){
vErrors.length = _errs98;
}
else {
vErrors = null;
}
}
}
}
if(data30.type !== undefined){
let data34 = data30.type;
if(typeof data34 !== "string"){
const err61 = {instancePath:instancePath+"/spec/startupBoost/cpu/type",schemaPath:"#/properties/spec/properties/startupBoost/properties/cpu/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!((data34 === "Factor") || (data34 === "Quantity"))){
const err62 = {instancePath:instancePath+"/spec/startupBoost/cpu/type",schemaPath:"#/properties/spec/properties/startupBoost/properties/cpu/properties/type/enum",keyword:"enum",params:{allowedValues: schema788.properties.spec.properties.startupBoost.properties.cpu.properties.type.enum},message:"must be equal to one of the allowed values"};
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
const err63 = {instancePath:instancePath+"/spec/startupBoost/cpu",schemaPath:"#/properties/spec/properties/startupBoost/properties/cpu/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/spec/startupBoost",schemaPath:"#/properties/spec/properties/startupBoost/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data3.targetRef !== undefined){
let data35 = data3.targetRef;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.kind === undefined){
const err65 = {instancePath:instancePath+"/spec/targetRef",schemaPath:"#/properties/spec/properties/targetRef/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data35.name === undefined){
const err66 = {instancePath:instancePath+"/spec/targetRef",schemaPath:"#/properties/spec/properties/targetRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
for(const key11 in data35){
if(!(((key11 === "apiVersion") || (key11 === "kind")) || (key11 === "name"))){
const err67 = {instancePath:instancePath+"/spec/targetRef",schemaPath:"#/properties/spec/properties/targetRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data35.apiVersion !== undefined){
if(typeof data35.apiVersion !== "string"){
const err68 = {instancePath:instancePath+"/spec/targetRef/apiVersion",schemaPath:"#/properties/spec/properties/targetRef/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data35.kind !== undefined){
if(typeof data35.kind !== "string"){
const err69 = {instancePath:instancePath+"/spec/targetRef/kind",schemaPath:"#/properties/spec/properties/targetRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data35.name !== undefined){
if(typeof data35.name !== "string"){
const err70 = {instancePath:instancePath+"/spec/targetRef/name",schemaPath:"#/properties/spec/properties/targetRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/spec/targetRef",schemaPath:"#/properties/spec/properties/targetRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data3.updatePolicy !== undefined){
let data39 = data3.updatePolicy;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key12 in data39){
if(!((((key12 === "evictAfterOOMSeconds") || (key12 === "evictionRequirements")) || (key12 === "minReplicas")) || (key12 === "updateMode"))){
const err72 = {instancePath:instancePath+"/spec/updatePolicy",schemaPath:"#/properties/spec/properties/updatePolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data39.evictAfterOOMSeconds !== undefined){
let data40 = data39.evictAfterOOMSeconds;
if(!((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40)))){
const err73 = {instancePath:instancePath+"/spec/updatePolicy/evictAfterOOMSeconds",schemaPath:"#/properties/spec/properties/updatePolicy/properties/evictAfterOOMSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(typeof data40 == "number"){
if(data40 < 1 || isNaN(data40)){
const err74 = {instancePath:instancePath+"/spec/updatePolicy/evictAfterOOMSeconds",schemaPath:"#/properties/spec/properties/updatePolicy/properties/evictAfterOOMSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data39.evictionRequirements !== undefined){
let data41 = data39.evictionRequirements;
if(Array.isArray(data41)){
const len3 = data41.length;
for(let i3=0; i3<len3; i3++){
let data42 = data41[i3];
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.changeRequirement === undefined){
const err75 = {instancePath:instancePath+"/spec/updatePolicy/evictionRequirements/" + i3,schemaPath:"#/properties/spec/properties/updatePolicy/properties/evictionRequirements/items/required",keyword:"required",params:{missingProperty: "changeRequirement"},message:"must have required property '"+"changeRequirement"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data42.resources === undefined){
const err76 = {instancePath:instancePath+"/spec/updatePolicy/evictionRequirements/" + i3,schemaPath:"#/properties/spec/properties/updatePolicy/properties/evictionRequirements/items/required",keyword:"required",params:{missingProperty: "resources"},message:"must have required property '"+"resources"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key13 in data42){
if(!((key13 === "changeRequirement") || (key13 === "resources"))){
const err77 = {instancePath:instancePath+"/spec/updatePolicy/evictionRequirements/" + i3,schemaPath:"#/properties/spec/properties/updatePolicy/properties/evictionRequirements/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data42.changeRequirement !== undefined){
let data43 = data42.changeRequirement;
if(typeof data43 !== "string"){
const err78 = {instancePath:instancePath+"/spec/updatePolicy/evictionRequirements/" + i3+"/changeRequirement",schemaPath:"#/properties/spec/properties/updatePolicy/properties/evictionRequirements/items/properties/changeRequirement/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!((data43 === "TargetHigherThanRequests") || (data43 === "TargetLowerThanRequests"))){
const err79 = {instancePath:instancePath+"/spec/updatePolicy/evictionRequirements/" + i3+"/changeRequirement",schemaPath:"#/properties/spec/properties/updatePolicy/properties/evictionRequirements/items/properties/changeRequirement/enum",keyword:"enum",params:{allowedValues: schema788.properties.spec.properties.updatePolicy.properties.evictionRequirements.items.properties.changeRequirement.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data42.resources !== undefined){
let data44 = data42.resources;
if(Array.isArray(data44)){
const len4 = data44.length;
for(let i4=0; i4<len4; i4++){
if(typeof data44[i4] !== "string"){
const err80 = {instancePath:instancePath+"/spec/updatePolicy/evictionRequirements/" + i3+"/resources/" + i4,schemaPath:"#/properties/spec/properties/updatePolicy/properties/evictionRequirements/items/properties/resources/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err81 = {instancePath:instancePath+"/spec/updatePolicy/evictionRequirements/" + i3+"/resources",schemaPath:"#/properties/spec/properties/updatePolicy/properties/evictionRequirements/items/properties/resources/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err82 = {instancePath:instancePath+"/spec/updatePolicy/evictionRequirements/" + i3,schemaPath:"#/properties/spec/properties/updatePolicy/properties/evictionRequirements/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err83 = {instancePath:instancePath+"/spec/updatePolicy/evictionRequirements",schemaPath:"#/properties/spec/properties/updatePolicy/properties/evictionRequirements/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data39.minReplicas !== undefined){
let data46 = data39.minReplicas;
if(!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))){
const err84 = {instancePath:instancePath+"/spec/updatePolicy/minReplicas",schemaPath:"#/properties/spec/properties/updatePolicy/properties/minReplicas/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data39.updateMode !== undefined){
let data47 = data39.updateMode;
if(typeof data47 !== "string"){
const err85 = {instancePath:instancePath+"/spec/updatePolicy/updateMode",schemaPath:"#/properties/spec/properties/updatePolicy/properties/updateMode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(!((((((data47 === "Off") || (data47 === "Initial")) || (data47 === "Recreate")) || (data47 === "InPlaceOrRecreate")) || (data47 === "InPlace")) || (data47 === "Auto"))){
const err86 = {instancePath:instancePath+"/spec/updatePolicy/updateMode",schemaPath:"#/properties/spec/properties/updatePolicy/properties/updateMode/enum",keyword:"enum",params:{allowedValues: schema788.properties.spec.properties.updatePolicy.properties.updateMode.enum},message:"must be equal to one of the allowed values"};
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
const err87 = {instancePath:instancePath+"/spec/updatePolicy",schemaPath:"#/properties/spec/properties/updatePolicy/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err88 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
validate2034.errors = vErrors;
return errors === 0;
}
