"use strict";
module.exports = validate2069;
module.exports.default = validate2069;
const schema798 = {"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},"spec":{"properties":{"data":{"items":{"properties":{"remoteRef":{"properties":{"conversionStrategy":{"default":"Default","enum":["Default","Unicode"],"type":"string"},"decodingStrategy":{"default":"None","enum":["Auto","Base64","Base64URL","None"],"type":"string"},"key":{"type":"string"},"metadataPolicy":{"default":"None","enum":["None","Fetch"],"type":"string"},"property":{"type":"string"},"version":{"type":"string"}},"required":["key"],"type":"object","additionalProperties":false},"secretKey":{"maxLength":253,"minLength":1,"pattern":"^[-._a-zA-Z0-9]+$","type":"string"},"sourceRef":{"maxProperties":1,"minProperties":1,"properties":{"generatorRef":{"properties":{"apiVersion":{"default":"generators.external-secrets.io/v1alpha1","type":"string"},"kind":{"enum":["ACRAccessToken","ClusterGenerator","ECRAuthorizationToken","Fake","GCRAccessToken","GithubAccessToken","QuayAccessToken","Password","SSHKey","STSSessionToken","UUID","VaultDynamicSecret","Webhook","Grafana"],"type":"string"},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"}},"required":["kind","name"],"type":"object","additionalProperties":false},"storeRef":{"properties":{"kind":{"enum":["SecretStore","ClusterSecretStore"],"type":"string"},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"required":["remoteRef","secretKey"],"type":"object","additionalProperties":false},"type":"array"},"dataFrom":{"items":{"properties":{"extract":{"properties":{"conversionStrategy":{"default":"Default","enum":["Default","Unicode"],"type":"string"},"decodingStrategy":{"default":"None","enum":["Auto","Base64","Base64URL","None"],"type":"string"},"key":{"type":"string"},"metadataPolicy":{"default":"None","enum":["None","Fetch"],"type":"string"},"property":{"type":"string"},"version":{"type":"string"}},"required":["key"],"type":"object","additionalProperties":false},"find":{"properties":{"conversionStrategy":{"default":"Default","enum":["Default","Unicode"],"type":"string"},"decodingStrategy":{"default":"None","enum":["Auto","Base64","Base64URL","None"],"type":"string"},"name":{"properties":{"regexp":{"type":"string"}},"type":"object","additionalProperties":false},"path":{"type":"string"},"tags":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object","additionalProperties":false},"rewrite":{"items":{"maxProperties":1,"minProperties":1,"properties":{"regexp":{"properties":{"source":{"type":"string"},"target":{"type":"string"}},"required":["source","target"],"type":"object","additionalProperties":false},"transform":{"properties":{"template":{"type":"string"}},"required":["template"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"sourceRef":{"maxProperties":1,"minProperties":1,"properties":{"generatorRef":{"properties":{"apiVersion":{"default":"generators.external-secrets.io/v1alpha1","type":"string"},"kind":{"enum":["ACRAccessToken","ClusterGenerator","ECRAuthorizationToken","Fake","GCRAccessToken","GithubAccessToken","QuayAccessToken","Password","SSHKey","STSSessionToken","UUID","VaultDynamicSecret","Webhook","Grafana"],"type":"string"},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"}},"required":["kind","name"],"type":"object","additionalProperties":false},"storeRef":{"properties":{"kind":{"enum":["SecretStore","ClusterSecretStore"],"type":"string"},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"refreshInterval":{"default":"1h0m0s","type":"string"},"refreshPolicy":{"enum":["CreatedOnce","Periodic","OnChange"],"type":"string"},"secretStoreRef":{"properties":{"kind":{"enum":["SecretStore","ClusterSecretStore"],"type":"string"},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"}},"type":"object","additionalProperties":false},"target":{"default":{"creationPolicy":"Owner","deletionPolicy":"Retain"},"properties":{"creationPolicy":{"default":"Owner","enum":["Owner","Orphan","Merge","None"],"type":"string"},"deletionPolicy":{"default":"Retain","enum":["Delete","Merge","Retain"],"type":"string"},"immutable":{"type":"boolean"},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"template":{"properties":{"data":{"additionalProperties":{"type":"string"},"type":"object"},"engineVersion":{"default":"v2","enum":["v2"],"type":"string"},"mergePolicy":{"default":"Replace","enum":["Replace","Merge"],"type":"string"},"metadata":{"properties":{"annotations":{"additionalProperties":{"type":"string"},"type":"object"},"labels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object","additionalProperties":false},"templateFrom":{"items":{"properties":{"configMap":{"properties":{"items":{"items":{"properties":{"key":{"maxLength":253,"minLength":1,"pattern":"^[-._a-zA-Z0-9]+$","type":"string"},"templateAs":{"default":"Values","enum":["Values","KeysAndValues"],"type":"string"}},"required":["key"],"type":"object","additionalProperties":false},"type":"array"},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"}},"required":["items","name"],"type":"object","additionalProperties":false},"literal":{"type":"string"},"secret":{"properties":{"items":{"items":{"properties":{"key":{"maxLength":253,"minLength":1,"pattern":"^[-._a-zA-Z0-9]+$","type":"string"},"templateAs":{"default":"Values","enum":["Values","KeysAndValues"],"type":"string"}},"required":["key"],"type":"object","additionalProperties":false},"type":"array"},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"}},"required":["items","name"],"type":"object","additionalProperties":false},"target":{"default":"Data","enum":["Data","Annotations","Labels"],"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"type":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false};
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


function validate2070(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate2070.errors = vErrors;
return errors === 0;
}

const func61 = require("ajv/dist/runtime/ucs2length").default;
const pattern2 = new RegExp("^[-._a-zA-Z0-9]+$", "u");
const pattern3 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");

function validate2069(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
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
if(data.kind !== undefined){
if(typeof data.kind !== "string"){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate2070(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate2070.errors : vErrors.concat(validate2070.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
let data3 = data.spec;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!((((((key1 === "data") || (key1 === "dataFrom")) || (key1 === "refreshInterval")) || (key1 === "refreshPolicy")) || (key1 === "secretStoreRef")) || (key1 === "target"))){
const err3 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data3.data !== undefined){
let data4 = data3.data;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.remoteRef === undefined){
const err4 = {instancePath:instancePath+"/spec/data/" + i0,schemaPath:"#/properties/spec/properties/data/items/required",keyword:"required",params:{missingProperty: "remoteRef"},message:"must have required property '"+"remoteRef"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data5.secretKey === undefined){
const err5 = {instancePath:instancePath+"/spec/data/" + i0,schemaPath:"#/properties/spec/properties/data/items/required",keyword:"required",params:{missingProperty: "secretKey"},message:"must have required property '"+"secretKey"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key2 in data5){
if(!(((key2 === "remoteRef") || (key2 === "secretKey")) || (key2 === "sourceRef"))){
const err6 = {instancePath:instancePath+"/spec/data/" + i0,schemaPath:"#/properties/spec/properties/data/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data5.remoteRef !== undefined){
let data6 = data5.remoteRef;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.key === undefined){
const err7 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key3 in data6){
if(!((((((key3 === "conversionStrategy") || (key3 === "decodingStrategy")) || (key3 === "key")) || (key3 === "metadataPolicy")) || (key3 === "property")) || (key3 === "version"))){
const err8 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data6.conversionStrategy !== undefined){
let data7 = data6.conversionStrategy;
if(typeof data7 !== "string"){
const err9 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef/conversionStrategy",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/properties/conversionStrategy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data7 === "Default") || (data7 === "Unicode"))){
const err10 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef/conversionStrategy",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/properties/conversionStrategy/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.data.items.properties.remoteRef.properties.conversionStrategy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.decodingStrategy !== undefined){
let data8 = data6.decodingStrategy;
if(typeof data8 !== "string"){
const err11 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef/decodingStrategy",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/properties/decodingStrategy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((((data8 === "Auto") || (data8 === "Base64")) || (data8 === "Base64URL")) || (data8 === "None"))){
const err12 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef/decodingStrategy",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/properties/decodingStrategy/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.data.items.properties.remoteRef.properties.decodingStrategy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.key !== undefined){
if(typeof data6.key !== "string"){
const err13 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef/key",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.metadataPolicy !== undefined){
let data10 = data6.metadataPolicy;
if(typeof data10 !== "string"){
const err14 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef/metadataPolicy",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/properties/metadataPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((data10 === "None") || (data10 === "Fetch"))){
const err15 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef/metadataPolicy",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/properties/metadataPolicy/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.data.items.properties.remoteRef.properties.metadataPolicy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.property !== undefined){
if(typeof data6.property !== "string"){
const err16 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef/property",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.version !== undefined){
if(typeof data6.version !== "string"){
const err17 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef/version",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err18 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.secretKey !== undefined){
let data13 = data5.secretKey;
if(typeof data13 === "string"){
if(func61(data13) > 253){
const err19 = {instancePath:instancePath+"/spec/data/" + i0+"/secretKey",schemaPath:"#/properties/spec/properties/data/items/properties/secretKey/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func61(data13) < 1){
const err20 = {instancePath:instancePath+"/spec/data/" + i0+"/secretKey",schemaPath:"#/properties/spec/properties/data/items/properties/secretKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern2.test(data13)){
const err21 = {instancePath:instancePath+"/spec/data/" + i0+"/secretKey",schemaPath:"#/properties/spec/properties/data/items/properties/secretKey/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/spec/data/" + i0+"/secretKey",schemaPath:"#/properties/spec/properties/data/items/properties/secretKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.sourceRef !== undefined){
let data14 = data5.sourceRef;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(Object.keys(data14).length > 1){
const err23 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(Object.keys(data14).length < 1){
const err24 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key4 in data14){
if(!((key4 === "generatorRef") || (key4 === "storeRef"))){
const err25 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data14.generatorRef !== undefined){
let data15 = data14.generatorRef;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.kind === undefined){
const err26 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data15.name === undefined){
const err27 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key5 in data15){
if(!(((key5 === "apiVersion") || (key5 === "kind")) || (key5 === "name"))){
const err28 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data15.apiVersion !== undefined){
if(typeof data15.apiVersion !== "string"){
const err29 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef/apiVersion",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data15.kind !== undefined){
let data17 = data15.kind;
if(typeof data17 !== "string"){
const err30 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef/kind",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!((((((((((((((data17 === "ACRAccessToken") || (data17 === "ClusterGenerator")) || (data17 === "ECRAuthorizationToken")) || (data17 === "Fake")) || (data17 === "GCRAccessToken")) || (data17 === "GithubAccessToken")) || (data17 === "QuayAccessToken")) || (data17 === "Password")) || (data17 === "SSHKey")) || (data17 === "STSSessionToken")) || (data17 === "UUID")) || (data17 === "VaultDynamicSecret")) || (data17 === "Webhook")) || (data17 === "Grafana"))){
const err31 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef/kind",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/properties/kind/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.data.items.properties.sourceRef.properties.generatorRef.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data15.name !== undefined){
let data18 = data15.name;
if(typeof data18 === "string"){
if(func61(data18) > 253){
const err32 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef/name",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func61(data18) < 1){
const err33 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef/name",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!pattern3.test(data18)){
const err34 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef/name",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef/name",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err36 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data14.storeRef !== undefined){
let data19 = data14.storeRef;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key6 in data19){
if(!((key6 === "kind") || (key6 === "name"))){
const err37 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/storeRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/storeRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data19.kind !== undefined){
let data20 = data19.kind;
if(typeof data20 !== "string"){
const err38 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/storeRef/kind",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/storeRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!((data20 === "SecretStore") || (data20 === "ClusterSecretStore"))){
const err39 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/storeRef/kind",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/storeRef/properties/kind/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.data.items.properties.sourceRef.properties.storeRef.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data19.name !== undefined){
let data21 = data19.name;
if(typeof data21 === "string"){
if(func61(data21) > 253){
const err40 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/storeRef/name",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/storeRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(func61(data21) < 1){
const err41 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/storeRef/name",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/storeRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!pattern3.test(data21)){
const err42 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/storeRef/name",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/storeRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/storeRef/name",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/storeRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err44 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/storeRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/storeRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/spec/data/" + i0,schemaPath:"#/properties/spec/properties/data/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/spec/data",schemaPath:"#/properties/spec/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data3.dataFrom !== undefined){
let data22 = data3.dataFrom;
if(Array.isArray(data22)){
const len1 = data22.length;
for(let i1=0; i1<len1; i1++){
let data23 = data22[i1];
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key7 in data23){
if(!((((key7 === "extract") || (key7 === "find")) || (key7 === "rewrite")) || (key7 === "sourceRef"))){
const err48 = {instancePath:instancePath+"/spec/dataFrom/" + i1,schemaPath:"#/properties/spec/properties/dataFrom/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data23.extract !== undefined){
let data24 = data23.extract;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.key === undefined){
const err49 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key8 in data24){
if(!((((((key8 === "conversionStrategy") || (key8 === "decodingStrategy")) || (key8 === "key")) || (key8 === "metadataPolicy")) || (key8 === "property")) || (key8 === "version"))){
const err50 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data24.conversionStrategy !== undefined){
let data25 = data24.conversionStrategy;
if(typeof data25 !== "string"){
const err51 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/conversionStrategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/conversionStrategy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!((data25 === "Default") || (data25 === "Unicode"))){
const err52 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/conversionStrategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/conversionStrategy/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.dataFrom.items.properties.extract.properties.conversionStrategy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data24.decodingStrategy !== undefined){
let data26 = data24.decodingStrategy;
if(typeof data26 !== "string"){
const err53 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/decodingStrategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/decodingStrategy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!((((data26 === "Auto") || (data26 === "Base64")) || (data26 === "Base64URL")) || (data26 === "None"))){
const err54 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/decodingStrategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/decodingStrategy/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.dataFrom.items.properties.extract.properties.decodingStrategy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data24.key !== undefined){
if(typeof data24.key !== "string"){
const err55 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/key",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data24.metadataPolicy !== undefined){
let data28 = data24.metadataPolicy;
if(typeof data28 !== "string"){
const err56 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/metadataPolicy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/metadataPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(!((data28 === "None") || (data28 === "Fetch"))){
const err57 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/metadataPolicy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/metadataPolicy/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.dataFrom.items.properties.extract.properties.metadataPolicy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data24.property !== undefined){
if(typeof data24.property !== "string"){
const err58 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/property",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data24.version !== undefined){
if(typeof data24.version !== "string"){
const err59 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/version",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err60 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data23.find !== undefined){
let data31 = data23.find;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key9 in data31){
if(!(((((key9 === "conversionStrategy") || (key9 === "decodingStrategy")) || (key9 === "name")) || (key9 === "path")) || (key9 === "tags"))){
const err61 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data31.conversionStrategy !== undefined){
let data32 = data31.conversionStrategy;
if(typeof data32 !== "string"){
const err62 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/conversionStrategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/conversionStrategy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(!((data32 === "Default") || (data32 === "Unicode"))){
const err63 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/conversionStrategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/conversionStrategy/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.dataFrom.items.properties.find.properties.conversionStrategy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data31.decodingStrategy !== undefined){
let data33 = data31.decodingStrategy;
if(typeof data33 !== "string"){
const err64 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/decodingStrategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/decodingStrategy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(!((((data33 === "Auto") || (data33 === "Base64")) || (data33 === "Base64URL")) || (data33 === "None"))){
const err65 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/decodingStrategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/decodingStrategy/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.dataFrom.items.properties.find.properties.decodingStrategy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data31.name !== undefined){
let data34 = data31.name;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key10 in data34){
if(!(key10 === "regexp")){
const err66 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/name/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data34.regexp !== undefined){
if(typeof data34.regexp !== "string"){
const err67 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/name/regexp",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/name/properties/regexp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/name/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data31.path !== undefined){
if(typeof data31.path !== "string"){
const err69 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/path",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data31.tags !== undefined){
let data37 = data31.tags;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key11 in data37){
if(typeof data37[key11] !== "string"){
const err70 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/tags/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err71 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/tags",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err72 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data23.rewrite !== undefined){
let data39 = data23.rewrite;
if(Array.isArray(data39)){
const len2 = data39.length;
for(let i2=0; i2<len2; i2++){
let data40 = data39[i2];
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(Object.keys(data40).length > 1){
const err73 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2,schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(Object.keys(data40).length < 1){
const err74 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2,schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
for(const key12 in data40){
if(!((key12 === "regexp") || (key12 === "transform"))){
const err75 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2,schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data40.regexp !== undefined){
let data41 = data40.regexp;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.source === undefined){
const err76 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/regexp",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/regexp/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data41.target === undefined){
const err77 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/regexp",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/regexp/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
for(const key13 in data41){
if(!((key13 === "source") || (key13 === "target"))){
const err78 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/regexp",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/regexp/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data41.source !== undefined){
if(typeof data41.source !== "string"){
const err79 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/regexp/source",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/regexp/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data41.target !== undefined){
if(typeof data41.target !== "string"){
const err80 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/regexp/target",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/regexp/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err81 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/regexp",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/regexp/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data40.transform !== undefined){
let data44 = data40.transform;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.template === undefined){
const err82 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/transform",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/transform/required",keyword:"required",params:{missingProperty: "template"},message:"must have required property '"+"template"+"'"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key14 in data44){
if(!(key14 === "template")){
const err83 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/transform",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/transform/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data44.template !== undefined){
if(typeof data44.template !== "string"){
const err84 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/transform/template",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/transform/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/transform",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/transform/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2,schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err87 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data23.sourceRef !== undefined){
let data46 = data23.sourceRef;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(Object.keys(data46).length > 1){
const err88 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(Object.keys(data46).length < 1){
const err89 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key15 in data46){
if(!((key15 === "generatorRef") || (key15 === "storeRef"))){
const err90 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data46.generatorRef !== undefined){
let data47 = data46.generatorRef;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.kind === undefined){
const err91 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data47.name === undefined){
const err92 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
for(const key16 in data47){
if(!(((key16 === "apiVersion") || (key16 === "kind")) || (key16 === "name"))){
const err93 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data47.apiVersion !== undefined){
if(typeof data47.apiVersion !== "string"){
const err94 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef/apiVersion",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data47.kind !== undefined){
let data49 = data47.kind;
if(typeof data49 !== "string"){
const err95 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef/kind",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(!((((((((((((((data49 === "ACRAccessToken") || (data49 === "ClusterGenerator")) || (data49 === "ECRAuthorizationToken")) || (data49 === "Fake")) || (data49 === "GCRAccessToken")) || (data49 === "GithubAccessToken")) || (data49 === "QuayAccessToken")) || (data49 === "Password")) || (data49 === "SSHKey")) || (data49 === "STSSessionToken")) || (data49 === "UUID")) || (data49 === "VaultDynamicSecret")) || (data49 === "Webhook")) || (data49 === "Grafana"))){
const err96 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef/kind",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/properties/kind/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.dataFrom.items.properties.sourceRef.properties.generatorRef.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data47.name !== undefined){
let data50 = data47.name;
if(typeof data50 === "string"){
if(func61(data50) > 253){
const err97 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(func61(data50) < 1){
const err98 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(!pattern3.test(data50)){
const err99 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err101 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data46.storeRef !== undefined){
let data51 = data46.storeRef;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
for(const key17 in data51){
if(!((key17 === "kind") || (key17 === "name"))){
const err102 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/storeRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/storeRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data51.kind !== undefined){
let data52 = data51.kind;
if(typeof data52 !== "string"){
const err103 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/storeRef/kind",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/storeRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(!((data52 === "SecretStore") || (data52 === "ClusterSecretStore"))){
const err104 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/storeRef/kind",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/storeRef/properties/kind/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.dataFrom.items.properties.sourceRef.properties.storeRef.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data51.name !== undefined){
let data53 = data51.name;
if(typeof data53 === "string"){
if(func61(data53) > 253){
const err105 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/storeRef/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/storeRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(func61(data53) < 1){
const err106 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/storeRef/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/storeRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(!pattern3.test(data53)){
const err107 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/storeRef/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/storeRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/storeRef/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/storeRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err109 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/storeRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/storeRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err110 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
else {
const err111 = {instancePath:instancePath+"/spec/dataFrom/" + i1,schemaPath:"#/properties/spec/properties/dataFrom/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err112 = {instancePath:instancePath+"/spec/dataFrom",schemaPath:"#/properties/spec/properties/dataFrom/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data3.refreshInterval !== undefined){
if(typeof data3.refreshInterval !== "string"){
const err113 = {instancePath:instancePath+"/spec/refreshInterval",schemaPath:"#/properties/spec/properties/refreshInterval/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data3.refreshPolicy !== undefined){
let data55 = data3.refreshPolicy;
if(typeof data55 !== "string"){
const err114 = {instancePath:instancePath+"/spec/refreshPolicy",schemaPath:"#/properties/spec/properties/refreshPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(!(((data55 === "CreatedOnce") || (data55 === "Periodic")) || (data55 === "OnChange"))){
const err115 = {instancePath:instancePath+"/spec/refreshPolicy",schemaPath:"#/properties/spec/properties/refreshPolicy/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.refreshPolicy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data3.secretStoreRef !== undefined){
let data56 = data3.secretStoreRef;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
for(const key18 in data56){
if(!((key18 === "kind") || (key18 === "name"))){
const err116 = {instancePath:instancePath+"/spec/secretStoreRef",schemaPath:"#/properties/spec/properties/secretStoreRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data56.kind !== undefined){
let data57 = data56.kind;
if(typeof data57 !== "string"){
const err117 = {instancePath:instancePath+"/spec/secretStoreRef/kind",schemaPath:"#/properties/spec/properties/secretStoreRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(!((data57 === "SecretStore") || (data57 === "ClusterSecretStore"))){
const err118 = {instancePath:instancePath+"/spec/secretStoreRef/kind",schemaPath:"#/properties/spec/properties/secretStoreRef/properties/kind/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.secretStoreRef.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data56.name !== undefined){
let data58 = data56.name;
if(typeof data58 === "string"){
if(func61(data58) > 253){
const err119 = {instancePath:instancePath+"/spec/secretStoreRef/name",schemaPath:"#/properties/spec/properties/secretStoreRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(func61(data58) < 1){
const err120 = {instancePath:instancePath+"/spec/secretStoreRef/name",schemaPath:"#/properties/spec/properties/secretStoreRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(!pattern3.test(data58)){
const err121 = {instancePath:instancePath+"/spec/secretStoreRef/name",schemaPath:"#/properties/spec/properties/secretStoreRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/spec/secretStoreRef/name",schemaPath:"#/properties/spec/properties/secretStoreRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err123 = {instancePath:instancePath+"/spec/secretStoreRef",schemaPath:"#/properties/spec/properties/secretStoreRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data3.target !== undefined){
let data59 = data3.target;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
for(const key19 in data59){
if(!(((((key19 === "creationPolicy") || (key19 === "deletionPolicy")) || (key19 === "immutable")) || (key19 === "name")) || (key19 === "template"))){
const err124 = {instancePath:instancePath+"/spec/target",schemaPath:"#/properties/spec/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data59.creationPolicy !== undefined){
let data60 = data59.creationPolicy;
if(typeof data60 !== "string"){
const err125 = {instancePath:instancePath+"/spec/target/creationPolicy",schemaPath:"#/properties/spec/properties/target/properties/creationPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(!((((data60 === "Owner") || (data60 === "Orphan")) || (data60 === "Merge")) || (data60 === "None"))){
const err126 = {instancePath:instancePath+"/spec/target/creationPolicy",schemaPath:"#/properties/spec/properties/target/properties/creationPolicy/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.target.properties.creationPolicy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data59.deletionPolicy !== undefined){
let data61 = data59.deletionPolicy;
if(typeof data61 !== "string"){
const err127 = {instancePath:instancePath+"/spec/target/deletionPolicy",schemaPath:"#/properties/spec/properties/target/properties/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(!(((data61 === "Delete") || (data61 === "Merge")) || (data61 === "Retain"))){
const err128 = {instancePath:instancePath+"/spec/target/deletionPolicy",schemaPath:"#/properties/spec/properties/target/properties/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.target.properties.deletionPolicy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data59.immutable !== undefined){
if(typeof data59.immutable !== "boolean"){
const err129 = {instancePath:instancePath+"/spec/target/immutable",schemaPath:"#/properties/spec/properties/target/properties/immutable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data59.name !== undefined){
let data63 = data59.name;
if(typeof data63 === "string"){
if(func61(data63) > 253){
const err130 = {instancePath:instancePath+"/spec/target/name",schemaPath:"#/properties/spec/properties/target/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(func61(data63) < 1){
const err131 = {instancePath:instancePath+"/spec/target/name",schemaPath:"#/properties/spec/properties/target/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(!pattern3.test(data63)){
const err132 = {instancePath:instancePath+"/spec/target/name",schemaPath:"#/properties/spec/properties/target/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/spec/target/name",schemaPath:"#/properties/spec/properties/target/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data59.template !== undefined){
let data64 = data59.template;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key20 in data64){
if(!((((((key20 === "data") || (key20 === "engineVersion")) || (key20 === "mergePolicy")) || (key20 === "metadata")) || (key20 === "templateFrom")) || (key20 === "type"))){
const err134 = {instancePath:instancePath+"/spec/target/template",schemaPath:"#/properties/spec/properties/target/properties/template/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data64.data !== undefined){
let data65 = data64.data;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
for(const key21 in data65){
if(typeof data65[key21] !== "string"){
const err135 = {instancePath:instancePath+"/spec/target/template/data/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/target/properties/template/properties/data/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
else {
const err136 = {instancePath:instancePath+"/spec/target/template/data",schemaPath:"#/properties/spec/properties/target/properties/template/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data64.engineVersion !== undefined){
let data67 = data64.engineVersion;
if(typeof data67 !== "string"){
const err137 = {instancePath:instancePath+"/spec/target/template/engineVersion",schemaPath:"#/properties/spec/properties/target/properties/template/properties/engineVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(!(data67 === "v2")){
const err138 = {instancePath:instancePath+"/spec/target/template/engineVersion",schemaPath:"#/properties/spec/properties/target/properties/template/properties/engineVersion/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.target.properties.template.properties.engineVersion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data64.mergePolicy !== undefined){
let data68 = data64.mergePolicy;
if(typeof data68 !== "string"){
const err139 = {instancePath:instancePath+"/spec/target/template/mergePolicy",schemaPath:"#/properties/spec/properties/target/properties/template/properties/mergePolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(!((data68 === "Replace") || (data68 === "Merge"))){
const err140 = {instancePath:instancePath+"/spec/target/template/mergePolicy",schemaPath:"#/properties/spec/properties/target/properties/template/properties/mergePolicy/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.target.properties.template.properties.mergePolicy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data64.metadata !== undefined){
let data69 = data64.metadata;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
for(const key22 in data69){
if(!((key22 === "annotations") || (key22 === "labels"))){
const err141 = {instancePath:instancePath+"/spec/target/template/metadata",schemaPath:"#/properties/spec/properties/target/properties/template/properties/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data69.annotations !== undefined){
let data70 = data69.annotations;
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
for(const key23 in data70){
if(typeof data70[key23] !== "string"){
const err142 = {instancePath:instancePath+"/spec/target/template/metadata/annotations/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/target/properties/template/properties/metadata/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/spec/target/template/metadata/annotations",schemaPath:"#/properties/spec/properties/target/properties/template/properties/metadata/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data69.labels !== undefined){
let data72 = data69.labels;
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
for(const key24 in data72){
if(typeof data72[key24] !== "string"){
const err144 = {instancePath:instancePath+"/spec/target/template/metadata/labels/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/target/properties/template/properties/metadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err145 = {instancePath:instancePath+"/spec/target/template/metadata/labels",schemaPath:"#/properties/spec/properties/target/properties/template/properties/metadata/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err146 = {instancePath:instancePath+"/spec/target/template/metadata",schemaPath:"#/properties/spec/properties/target/properties/template/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data64.templateFrom !== undefined){
let data74 = data64.templateFrom;
if(Array.isArray(data74)){
const len3 = data74.length;
for(let i3=0; i3<len3; i3++){
let data75 = data74[i3];
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
for(const key25 in data75){
if(!((((key25 === "configMap") || (key25 === "literal")) || (key25 === "secret")) || (key25 === "target"))){
const err147 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3,schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data75.configMap !== undefined){
let data76 = data75.configMap;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
if(data76.items === undefined){
const err148 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(data76.name === undefined){
const err149 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
for(const key26 in data76){
if(!((key26 === "items") || (key26 === "name"))){
const err150 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data76.items !== undefined){
let data77 = data76.items;
if(Array.isArray(data77)){
const len4 = data77.length;
for(let i4=0; i4<len4; i4++){
let data78 = data77[i4];
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
if(data78.key === undefined){
const err151 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap/items/" + i4,schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
for(const key27 in data78){
if(!((key27 === "key") || (key27 === "templateAs"))){
const err152 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap/items/" + i4,schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data78.key !== undefined){
let data79 = data78.key;
if(typeof data79 === "string"){
if(func61(data79) > 253){
const err153 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap/items/" + i4+"/key",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/properties/key/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(func61(data79) < 1){
const err154 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap/items/" + i4+"/key",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(!pattern2.test(data79)){
const err155 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap/items/" + i4+"/key",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\""};
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
const err156 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap/items/" + i4+"/key",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data78.templateAs !== undefined){
let data80 = data78.templateAs;
if(typeof data80 !== "string"){
const err157 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap/items/" + i4+"/templateAs",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/properties/templateAs/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(!((data80 === "Values") || (data80 === "KeysAndValues"))){
const err158 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap/items/" + i4+"/templateAs",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/properties/templateAs/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.target.properties.template.properties.templateFrom.items.properties.configMap.properties.items.items.properties.templateAs.enum},message:"must be equal to one of the allowed values"};
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
const err159 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap/items/" + i4,schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err160 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap/items",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data76.name !== undefined){
let data81 = data76.name;
if(typeof data81 === "string"){
if(func61(data81) > 253){
const err161 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap/name",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if(func61(data81) < 1){
const err162 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap/name",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(!pattern3.test(data81)){
const err163 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap/name",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
else {
const err164 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap/name",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err165 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/configMap",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data75.literal !== undefined){
if(typeof data75.literal !== "string"){
const err166 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/literal",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/literal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data75.secret !== undefined){
let data83 = data75.secret;
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
if(data83.items === undefined){
const err167 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(data83.name === undefined){
const err168 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
for(const key28 in data83){
if(!((key28 === "items") || (key28 === "name"))){
const err169 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data83.items !== undefined){
let data84 = data83.items;
if(Array.isArray(data84)){
const len5 = data84.length;
for(let i5=0; i5<len5; i5++){
let data85 = data84[i5];
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
if(data85.key === undefined){
const err170 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret/items/" + i5,schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
for(const key29 in data85){
if(!((key29 === "key") || (key29 === "templateAs"))){
const err171 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret/items/" + i5,schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data85.key !== undefined){
let data86 = data85.key;
if(typeof data86 === "string"){
if(func61(data86) > 253){
const err172 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret/items/" + i5+"/key",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/properties/key/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(func61(data86) < 1){
const err173 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret/items/" + i5+"/key",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(!pattern2.test(data86)){
const err174 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret/items/" + i5+"/key",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
else {
const err175 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret/items/" + i5+"/key",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data85.templateAs !== undefined){
let data87 = data85.templateAs;
if(typeof data87 !== "string"){
const err176 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret/items/" + i5+"/templateAs",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/properties/templateAs/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(!((data87 === "Values") || (data87 === "KeysAndValues"))){
const err177 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret/items/" + i5+"/templateAs",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/properties/templateAs/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.target.properties.template.properties.templateFrom.items.properties.secret.properties.items.items.properties.templateAs.enum},message:"must be equal to one of the allowed values"};
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
const err178 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret/items/" + i5,schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
}
else {
const err179 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret/items",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data83.name !== undefined){
let data88 = data83.name;
if(typeof data88 === "string"){
if(func61(data88) > 253){
const err180 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret/name",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(func61(data88) < 1){
const err181 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret/name",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(!pattern3.test(data88)){
const err182 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret/name",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
else {
const err183 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret/name",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err184 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/secret",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data75.target !== undefined){
let data89 = data75.target;
if(typeof data89 !== "string"){
const err185 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/target",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if(!(((data89 === "Data") || (data89 === "Annotations")) || (data89 === "Labels"))){
const err186 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3+"/target",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/target/enum",keyword:"enum",params:{allowedValues: schema798.properties.spec.properties.target.properties.template.properties.templateFrom.items.properties.target.enum},message:"must be equal to one of the allowed values"};
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
const err187 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i3,schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
}
else {
const err188 = {instancePath:instancePath+"/spec/target/template/templateFrom",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data64.type !== undefined){
if(typeof data64.type !== "string"){
const err189 = {instancePath:instancePath+"/spec/target/template/type",schemaPath:"#/properties/spec/properties/target/properties/template/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err190 = {instancePath:instancePath+"/spec/target/template",schemaPath:"#/properties/spec/properties/target/properties/template/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
else {
const err191 = {instancePath:instancePath+"/spec/target",schemaPath:"#/properties/spec/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
}
else {
const err192 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err193 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
validate2069.errors = vErrors;
return errors === 0;
}
