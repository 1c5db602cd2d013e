"use strict";
module.exports = validate2062;
module.exports.default = validate2062;
const schema796 = {"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},"spec":{"properties":{"data":{"items":{"properties":{"remoteRef":{"properties":{"conversionStrategy":{"enum":["Default","Unicode"],"type":"string"},"decodingStrategy":{"enum":["Auto","Base64","Base64URL","None"],"type":"string"},"key":{"type":"string"},"metadataPolicy":{"enum":["None","Fetch"],"type":"string"},"nullBytePolicy":{"enum":["Ignore","Fail"],"type":"string"},"property":{"type":"string"},"version":{"type":"string"}},"required":["key"],"type":"object","additionalProperties":false},"secretKey":{"maxLength":253,"minLength":1,"pattern":"^[-._a-zA-Z0-9]+$","type":"string"},"sourceRef":{"maxProperties":1,"minProperties":1,"properties":{"generatorRef":{"properties":{"apiVersion":{"default":"generators.external-secrets.io/v1alpha1","type":"string"},"kind":{"enum":["ACRAccessToken","BeyondtrustWorkloadCredentialsDynamicSecret","ClusterGenerator","CloudsmithAccessToken","ECRAuthorizationToken","Fake","GCRAccessToken","GithubAccessToken","GitlabDeployToken","QuayAccessToken","Password","SSHKey","STSSessionToken","UUID","VaultDynamicSecret","Webhook","Grafana","MFA"],"type":"string"},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"}},"required":["kind","name"],"type":"object","additionalProperties":false},"storeRef":{"properties":{"kind":{"enum":["SecretStore","ClusterSecretStore"],"type":"string"},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"required":["remoteRef","secretKey"],"type":"object","additionalProperties":false},"type":"array"},"dataFrom":{"items":{"properties":{"extract":{"properties":{"conversionStrategy":{"enum":["Default","Unicode"],"type":"string"},"decodingStrategy":{"enum":["Auto","Base64","Base64URL","None"],"type":"string"},"key":{"type":"string"},"metadataPolicy":{"enum":["None","Fetch"],"type":"string"},"nullBytePolicy":{"enum":["Ignore","Fail"],"type":"string"},"property":{"type":"string"},"version":{"type":"string"}},"required":["key"],"type":"object","additionalProperties":false},"find":{"properties":{"conversionStrategy":{"enum":["Default","Unicode"],"type":"string"},"decodingStrategy":{"enum":["Auto","Base64","Base64URL","None"],"type":"string"},"name":{"properties":{"regexp":{"type":"string"}},"type":"object","additionalProperties":false},"nullBytePolicy":{"enum":["Ignore","Fail"],"type":"string"},"path":{"type":"string"},"tags":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object","additionalProperties":false},"rewrite":{"items":{"maxProperties":1,"minProperties":1,"properties":{"merge":{"properties":{"conflictPolicy":{"default":"Error","enum":["Ignore","Error"],"type":"string"},"into":{"default":"","type":"string"},"priority":{"items":{"type":"string"},"type":"array"},"priorityPolicy":{"default":"Strict","enum":["IgnoreNotFound","Strict"],"type":"string"},"strategy":{"default":"Extract","enum":["Extract","JSON"],"type":"string"}},"type":"object","additionalProperties":false},"regexp":{"properties":{"source":{"type":"string"},"target":{"type":"string"}},"required":["source","target"],"type":"object","additionalProperties":false},"transform":{"properties":{"template":{"type":"string"}},"required":["template"],"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"sourceRef":{"maxProperties":1,"minProperties":1,"properties":{"generatorRef":{"properties":{"apiVersion":{"default":"generators.external-secrets.io/v1alpha1","type":"string"},"kind":{"enum":["ACRAccessToken","BeyondtrustWorkloadCredentialsDynamicSecret","ClusterGenerator","CloudsmithAccessToken","ECRAuthorizationToken","Fake","GCRAccessToken","GithubAccessToken","GitlabDeployToken","QuayAccessToken","Password","SSHKey","STSSessionToken","UUID","VaultDynamicSecret","Webhook","Grafana","MFA"],"type":"string"},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"}},"required":["kind","name"],"type":"object","additionalProperties":false},"storeRef":{"properties":{"kind":{"enum":["SecretStore","ClusterSecretStore"],"type":"string"},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"refreshInterval":{"default":"1h0m0s","type":"string"},"refreshPolicy":{"enum":["CreatedOnce","Periodic","OnChange"],"type":"string"},"secretStoreRef":{"properties":{"kind":{"enum":["SecretStore","ClusterSecretStore"],"type":"string"},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"}},"type":"object","additionalProperties":false},"syncWindows":{"properties":{"kind":{"enum":["allow","deny"],"type":"string"},"windows":{"items":{"properties":{"duration":{"type":"string"},"schedule":{"minLength":1,"pattern":"^(@(annually|yearly|monthly|weekly|daily|midnight|hourly)|@every [^\\s]+.*|[^\\s]+( [^\\s]+){4})$","type":"string"}},"required":["duration","schedule"],"type":"object","additionalProperties":false},"minItems":1,"type":"array"}},"required":["kind","windows"],"type":"object","additionalProperties":false},"target":{"default":{"creationPolicy":"Owner","deletionPolicy":"Retain"},"properties":{"creationPolicy":{"default":"Owner","enum":["Owner","Orphan","Merge","None","CreateOrMerge"],"type":"string"},"deletionPolicy":{"default":"Retain","enum":["Delete","Merge","Retain"],"type":"string"},"immutable":{"type":"boolean"},"manifest":{"properties":{"apiVersion":{"minLength":1,"type":"string"},"kind":{"minLength":1,"type":"string"}},"required":["apiVersion","kind"],"type":"object","additionalProperties":false},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"template":{"properties":{"data":{"additionalProperties":{"type":"string"},"type":"object"},"engineVersion":{"default":"v2","enum":["v2"],"type":"string"},"mergePolicy":{"default":"Replace","enum":["Replace","Merge"],"type":"string"},"metadata":{"properties":{"annotations":{"additionalProperties":{"type":"string"},"type":"object"},"finalizers":{"items":{"type":"string"},"type":"array"},"labels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object","additionalProperties":false},"templateFrom":{"items":{"properties":{"configMap":{"properties":{"items":{"items":{"properties":{"key":{"maxLength":253,"minLength":1,"pattern":"^[-._a-zA-Z0-9]+$","type":"string"},"templateAs":{"default":"Values","enum":["Values","KeysAndValues"],"type":"string"}},"required":["key"],"type":"object","additionalProperties":false},"type":"array"},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"}},"required":["items","name"],"type":"object","additionalProperties":false},"literal":{"type":"string"},"secret":{"properties":{"items":{"items":{"properties":{"key":{"maxLength":253,"minLength":1,"pattern":"^[-._a-zA-Z0-9]+$","type":"string"},"templateAs":{"default":"Values","enum":["Values","KeysAndValues"],"type":"string"}},"required":["key"],"type":"object","additionalProperties":false},"type":"array"},"name":{"maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"}},"required":["items","name"],"type":"object","additionalProperties":false},"target":{"default":"Data","type":"string"},"valuesDecodingStrategy":{"enum":["Auto","Base64","Base64URL","None"],"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"type":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false};
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


function validate2063(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate2063.errors = vErrors;
return errors === 0;
}

const func61 = require("ajv/dist/runtime/ucs2length").default;
const pattern2 = new RegExp("^[-._a-zA-Z0-9]+$", "u");
const pattern3 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
const pattern8 = new RegExp("^(@(annually|yearly|monthly|weekly|daily|midnight|hourly)|@every [^\\s]+.*|[^\\s]+( [^\\s]+){4})$", "u");

function validate2062(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate2063(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate2063.errors : vErrors.concat(validate2063.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
let data3 = data.spec;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(((((((key1 === "data") || (key1 === "dataFrom")) || (key1 === "refreshInterval")) || (key1 === "refreshPolicy")) || (key1 === "secretStoreRef")) || (key1 === "syncWindows")) || (key1 === "target"))){
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
if(!(((((((key3 === "conversionStrategy") || (key3 === "decodingStrategy")) || (key3 === "key")) || (key3 === "metadataPolicy")) || (key3 === "nullBytePolicy")) || (key3 === "property")) || (key3 === "version"))){
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
const err10 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef/conversionStrategy",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/properties/conversionStrategy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.data.items.properties.remoteRef.properties.conversionStrategy.enum},message:"must be equal to one of the allowed values"};
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
const err12 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef/decodingStrategy",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/properties/decodingStrategy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.data.items.properties.remoteRef.properties.decodingStrategy.enum},message:"must be equal to one of the allowed values"};
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
const err15 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef/metadataPolicy",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/properties/metadataPolicy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.data.items.properties.remoteRef.properties.metadataPolicy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.nullBytePolicy !== undefined){
let data11 = data6.nullBytePolicy;
if(typeof data11 !== "string"){
const err16 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef/nullBytePolicy",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/properties/nullBytePolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((data11 === "Ignore") || (data11 === "Fail"))){
const err17 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef/nullBytePolicy",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/properties/nullBytePolicy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.data.items.properties.remoteRef.properties.nullBytePolicy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.property !== undefined){
if(typeof data6.property !== "string"){
const err18 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef/property",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.version !== undefined){
if(typeof data6.version !== "string"){
const err19 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef/version",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err20 = {instancePath:instancePath+"/spec/data/" + i0+"/remoteRef",schemaPath:"#/properties/spec/properties/data/items/properties/remoteRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.secretKey !== undefined){
let data14 = data5.secretKey;
if(typeof data14 === "string"){
if(func61(data14) > 253){
const err21 = {instancePath:instancePath+"/spec/data/" + i0+"/secretKey",schemaPath:"#/properties/spec/properties/data/items/properties/secretKey/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func61(data14) < 1){
const err22 = {instancePath:instancePath+"/spec/data/" + i0+"/secretKey",schemaPath:"#/properties/spec/properties/data/items/properties/secretKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern2.test(data14)){
const err23 = {instancePath:instancePath+"/spec/data/" + i0+"/secretKey",schemaPath:"#/properties/spec/properties/data/items/properties/secretKey/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/spec/data/" + i0+"/secretKey",schemaPath:"#/properties/spec/properties/data/items/properties/secretKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.sourceRef !== undefined){
let data15 = data5.sourceRef;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(Object.keys(data15).length > 1){
const err25 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(Object.keys(data15).length < 1){
const err26 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key4 in data15){
if(!((key4 === "generatorRef") || (key4 === "storeRef"))){
const err27 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data15.generatorRef !== undefined){
let data16 = data15.generatorRef;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.kind === undefined){
const err28 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data16.name === undefined){
const err29 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key5 in data16){
if(!(((key5 === "apiVersion") || (key5 === "kind")) || (key5 === "name"))){
const err30 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data16.apiVersion !== undefined){
if(typeof data16.apiVersion !== "string"){
const err31 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef/apiVersion",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data16.kind !== undefined){
let data18 = data16.kind;
if(typeof data18 !== "string"){
const err32 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef/kind",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((((((((((((((((((data18 === "ACRAccessToken") || (data18 === "BeyondtrustWorkloadCredentialsDynamicSecret")) || (data18 === "ClusterGenerator")) || (data18 === "CloudsmithAccessToken")) || (data18 === "ECRAuthorizationToken")) || (data18 === "Fake")) || (data18 === "GCRAccessToken")) || (data18 === "GithubAccessToken")) || (data18 === "GitlabDeployToken")) || (data18 === "QuayAccessToken")) || (data18 === "Password")) || (data18 === "SSHKey")) || (data18 === "STSSessionToken")) || (data18 === "UUID")) || (data18 === "VaultDynamicSecret")) || (data18 === "Webhook")) || (data18 === "Grafana")) || (data18 === "MFA"))){
const err33 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef/kind",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/properties/kind/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.data.items.properties.sourceRef.properties.generatorRef.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data16.name !== undefined){
let data19 = data16.name;
if(typeof data19 === "string"){
if(func61(data19) > 253){
const err34 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef/name",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func61(data19) < 1){
const err35 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef/name",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!pattern3.test(data19)){
const err36 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef/name",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef/name",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/generatorRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/generatorRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data15.storeRef !== undefined){
let data20 = data15.storeRef;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key6 in data20){
if(!((key6 === "kind") || (key6 === "name"))){
const err39 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/storeRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/storeRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data20.kind !== undefined){
let data21 = data20.kind;
if(typeof data21 !== "string"){
const err40 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/storeRef/kind",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/storeRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!((data21 === "SecretStore") || (data21 === "ClusterSecretStore"))){
const err41 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/storeRef/kind",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/storeRef/properties/kind/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.data.items.properties.sourceRef.properties.storeRef.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data20.name !== undefined){
let data22 = data20.name;
if(typeof data22 === "string"){
if(func61(data22) > 253){
const err42 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/storeRef/name",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/storeRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func61(data22) < 1){
const err43 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/storeRef/name",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/storeRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!pattern3.test(data22)){
const err44 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/storeRef/name",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/storeRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
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
const err45 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/storeRef/name",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/storeRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err46 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef/storeRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/properties/storeRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err47 = {instancePath:instancePath+"/spec/data/" + i0+"/sourceRef",schemaPath:"#/properties/spec/properties/data/items/properties/sourceRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err48 = {instancePath:instancePath+"/spec/data/" + i0,schemaPath:"#/properties/spec/properties/data/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err49 = {instancePath:instancePath+"/spec/data",schemaPath:"#/properties/spec/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data3.dataFrom !== undefined){
let data23 = data3.dataFrom;
if(Array.isArray(data23)){
const len1 = data23.length;
for(let i1=0; i1<len1; i1++){
let data24 = data23[i1];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key7 in data24){
if(!((((key7 === "extract") || (key7 === "find")) || (key7 === "rewrite")) || (key7 === "sourceRef"))){
const err50 = {instancePath:instancePath+"/spec/dataFrom/" + i1,schemaPath:"#/properties/spec/properties/dataFrom/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data24.extract !== undefined){
let data25 = data24.extract;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.key === undefined){
const err51 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
for(const key8 in data25){
if(!(((((((key8 === "conversionStrategy") || (key8 === "decodingStrategy")) || (key8 === "key")) || (key8 === "metadataPolicy")) || (key8 === "nullBytePolicy")) || (key8 === "property")) || (key8 === "version"))){
const err52 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data25.conversionStrategy !== undefined){
let data26 = data25.conversionStrategy;
if(typeof data26 !== "string"){
const err53 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/conversionStrategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/conversionStrategy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!((data26 === "Default") || (data26 === "Unicode"))){
const err54 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/conversionStrategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/conversionStrategy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.dataFrom.items.properties.extract.properties.conversionStrategy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data25.decodingStrategy !== undefined){
let data27 = data25.decodingStrategy;
if(typeof data27 !== "string"){
const err55 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/decodingStrategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/decodingStrategy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!((((data27 === "Auto") || (data27 === "Base64")) || (data27 === "Base64URL")) || (data27 === "None"))){
const err56 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/decodingStrategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/decodingStrategy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.dataFrom.items.properties.extract.properties.decodingStrategy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data25.key !== undefined){
if(typeof data25.key !== "string"){
const err57 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/key",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data25.metadataPolicy !== undefined){
let data29 = data25.metadataPolicy;
if(typeof data29 !== "string"){
const err58 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/metadataPolicy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/metadataPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!((data29 === "None") || (data29 === "Fetch"))){
const err59 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/metadataPolicy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/metadataPolicy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.dataFrom.items.properties.extract.properties.metadataPolicy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data25.nullBytePolicy !== undefined){
let data30 = data25.nullBytePolicy;
if(typeof data30 !== "string"){
const err60 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/nullBytePolicy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/nullBytePolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!((data30 === "Ignore") || (data30 === "Fail"))){
const err61 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/nullBytePolicy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/nullBytePolicy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.dataFrom.items.properties.extract.properties.nullBytePolicy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data25.property !== undefined){
if(typeof data25.property !== "string"){
const err62 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/property",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data25.version !== undefined){
if(typeof data25.version !== "string"){
const err63 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract/version",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err64 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/extract",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/extract/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data24.find !== undefined){
let data33 = data24.find;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key9 in data33){
if(!((((((key9 === "conversionStrategy") || (key9 === "decodingStrategy")) || (key9 === "name")) || (key9 === "nullBytePolicy")) || (key9 === "path")) || (key9 === "tags"))){
const err65 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data33.conversionStrategy !== undefined){
let data34 = data33.conversionStrategy;
if(typeof data34 !== "string"){
const err66 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/conversionStrategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/conversionStrategy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!((data34 === "Default") || (data34 === "Unicode"))){
const err67 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/conversionStrategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/conversionStrategy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.dataFrom.items.properties.find.properties.conversionStrategy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data33.decodingStrategy !== undefined){
let data35 = data33.decodingStrategy;
if(typeof data35 !== "string"){
const err68 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/decodingStrategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/decodingStrategy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(!((((data35 === "Auto") || (data35 === "Base64")) || (data35 === "Base64URL")) || (data35 === "None"))){
const err69 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/decodingStrategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/decodingStrategy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.dataFrom.items.properties.find.properties.decodingStrategy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data33.name !== undefined){
let data36 = data33.name;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key10 in data36){
if(!(key10 === "regexp")){
const err70 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/name/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data36.regexp !== undefined){
if(typeof data36.regexp !== "string"){
const err71 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/name/regexp",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/name/properties/regexp/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err72 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/name/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data33.nullBytePolicy !== undefined){
let data38 = data33.nullBytePolicy;
if(typeof data38 !== "string"){
const err73 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/nullBytePolicy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/nullBytePolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!((data38 === "Ignore") || (data38 === "Fail"))){
const err74 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/nullBytePolicy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/nullBytePolicy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.dataFrom.items.properties.find.properties.nullBytePolicy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data33.path !== undefined){
if(typeof data33.path !== "string"){
const err75 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/path",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data33.tags !== undefined){
let data40 = data33.tags;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
for(const key11 in data40){
if(typeof data40[key11] !== "string"){
const err76 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/tags/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err77 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find/tags",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err78 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/find",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/find/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data24.rewrite !== undefined){
let data42 = data24.rewrite;
if(Array.isArray(data42)){
const len2 = data42.length;
for(let i2=0; i2<len2; i2++){
let data43 = data42[i2];
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(Object.keys(data43).length > 1){
const err79 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2,schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(Object.keys(data43).length < 1){
const err80 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2,schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key12 in data43){
if(!(((key12 === "merge") || (key12 === "regexp")) || (key12 === "transform"))){
const err81 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2,schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data43.merge !== undefined){
let data44 = data43.merge;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
for(const key13 in data44){
if(!(((((key13 === "conflictPolicy") || (key13 === "into")) || (key13 === "priority")) || (key13 === "priorityPolicy")) || (key13 === "strategy"))){
const err82 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/merge",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/merge/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data44.conflictPolicy !== undefined){
let data45 = data44.conflictPolicy;
if(typeof data45 !== "string"){
const err83 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/merge/conflictPolicy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/merge/properties/conflictPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(!((data45 === "Ignore") || (data45 === "Error"))){
const err84 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/merge/conflictPolicy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/merge/properties/conflictPolicy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.dataFrom.items.properties.rewrite.items.properties.merge.properties.conflictPolicy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data44.into !== undefined){
if(typeof data44.into !== "string"){
const err85 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/merge/into",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/merge/properties/into/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data44.priority !== undefined){
let data47 = data44.priority;
if(Array.isArray(data47)){
const len3 = data47.length;
for(let i3=0; i3<len3; i3++){
if(typeof data47[i3] !== "string"){
const err86 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/merge/priority/" + i3,schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/merge/properties/priority/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err87 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/merge/priority",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/merge/properties/priority/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data44.priorityPolicy !== undefined){
let data49 = data44.priorityPolicy;
if(typeof data49 !== "string"){
const err88 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/merge/priorityPolicy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/merge/properties/priorityPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(!((data49 === "IgnoreNotFound") || (data49 === "Strict"))){
const err89 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/merge/priorityPolicy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/merge/properties/priorityPolicy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.dataFrom.items.properties.rewrite.items.properties.merge.properties.priorityPolicy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data44.strategy !== undefined){
let data50 = data44.strategy;
if(typeof data50 !== "string"){
const err90 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/merge/strategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/merge/properties/strategy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(!((data50 === "Extract") || (data50 === "JSON"))){
const err91 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/merge/strategy",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/merge/properties/strategy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.dataFrom.items.properties.rewrite.items.properties.merge.properties.strategy.enum},message:"must be equal to one of the allowed values"};
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
const err92 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/merge",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/merge/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data43.regexp !== undefined){
let data51 = data43.regexp;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.source === undefined){
const err93 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/regexp",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/regexp/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data51.target === undefined){
const err94 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/regexp",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/regexp/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
for(const key14 in data51){
if(!((key14 === "source") || (key14 === "target"))){
const err95 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/regexp",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/regexp/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data51.source !== undefined){
if(typeof data51.source !== "string"){
const err96 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/regexp/source",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/regexp/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data51.target !== undefined){
if(typeof data51.target !== "string"){
const err97 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/regexp/target",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/regexp/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err98 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/regexp",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/regexp/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data43.transform !== undefined){
let data54 = data43.transform;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(data54.template === undefined){
const err99 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/transform",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/transform/required",keyword:"required",params:{missingProperty: "template"},message:"must have required property '"+"template"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key15 in data54){
if(!(key15 === "template")){
const err100 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/transform",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/transform/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data54.template !== undefined){
if(typeof data54.template !== "string"){
const err101 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/transform/template",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/transform/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err102 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2+"/transform",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/properties/transform/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err103 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite/" + i2,schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err104 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/rewrite",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/rewrite/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data24.sourceRef !== undefined){
let data56 = data24.sourceRef;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(Object.keys(data56).length > 1){
const err105 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(Object.keys(data56).length < 1){
const err106 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
for(const key16 in data56){
if(!((key16 === "generatorRef") || (key16 === "storeRef"))){
const err107 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data56.generatorRef !== undefined){
let data57 = data56.generatorRef;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
if(data57.kind === undefined){
const err108 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(data57.name === undefined){
const err109 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
for(const key17 in data57){
if(!(((key17 === "apiVersion") || (key17 === "kind")) || (key17 === "name"))){
const err110 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data57.apiVersion !== undefined){
if(typeof data57.apiVersion !== "string"){
const err111 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef/apiVersion",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data57.kind !== undefined){
let data59 = data57.kind;
if(typeof data59 !== "string"){
const err112 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef/kind",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(!((((((((((((((((((data59 === "ACRAccessToken") || (data59 === "BeyondtrustWorkloadCredentialsDynamicSecret")) || (data59 === "ClusterGenerator")) || (data59 === "CloudsmithAccessToken")) || (data59 === "ECRAuthorizationToken")) || (data59 === "Fake")) || (data59 === "GCRAccessToken")) || (data59 === "GithubAccessToken")) || (data59 === "GitlabDeployToken")) || (data59 === "QuayAccessToken")) || (data59 === "Password")) || (data59 === "SSHKey")) || (data59 === "STSSessionToken")) || (data59 === "UUID")) || (data59 === "VaultDynamicSecret")) || (data59 === "Webhook")) || (data59 === "Grafana")) || (data59 === "MFA"))){
const err113 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef/kind",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/properties/kind/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.dataFrom.items.properties.sourceRef.properties.generatorRef.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data57.name !== undefined){
let data60 = data57.name;
if(typeof data60 === "string"){
if(func61(data60) > 253){
const err114 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(func61(data60) < 1){
const err115 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(!pattern3.test(data60)){
const err116 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err118 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/generatorRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/generatorRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data56.storeRef !== undefined){
let data61 = data56.storeRef;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
for(const key18 in data61){
if(!((key18 === "kind") || (key18 === "name"))){
const err119 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/storeRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/storeRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data61.kind !== undefined){
let data62 = data61.kind;
if(typeof data62 !== "string"){
const err120 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/storeRef/kind",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/storeRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(!((data62 === "SecretStore") || (data62 === "ClusterSecretStore"))){
const err121 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/storeRef/kind",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/storeRef/properties/kind/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.dataFrom.items.properties.sourceRef.properties.storeRef.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data61.name !== undefined){
let data63 = data61.name;
if(typeof data63 === "string"){
if(func61(data63) > 253){
const err122 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/storeRef/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/storeRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(func61(data63) < 1){
const err123 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/storeRef/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/storeRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(!pattern3.test(data63)){
const err124 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/storeRef/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/storeRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
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
const err125 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/storeRef/name",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/storeRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err126 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef/storeRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/properties/storeRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err127 = {instancePath:instancePath+"/spec/dataFrom/" + i1+"/sourceRef",schemaPath:"#/properties/spec/properties/dataFrom/items/properties/sourceRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err128 = {instancePath:instancePath+"/spec/dataFrom/" + i1,schemaPath:"#/properties/spec/properties/dataFrom/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err129 = {instancePath:instancePath+"/spec/dataFrom",schemaPath:"#/properties/spec/properties/dataFrom/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data3.refreshInterval !== undefined){
if(typeof data3.refreshInterval !== "string"){
const err130 = {instancePath:instancePath+"/spec/refreshInterval",schemaPath:"#/properties/spec/properties/refreshInterval/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data3.refreshPolicy !== undefined){
let data65 = data3.refreshPolicy;
if(typeof data65 !== "string"){
const err131 = {instancePath:instancePath+"/spec/refreshPolicy",schemaPath:"#/properties/spec/properties/refreshPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(!(((data65 === "CreatedOnce") || (data65 === "Periodic")) || (data65 === "OnChange"))){
const err132 = {instancePath:instancePath+"/spec/refreshPolicy",schemaPath:"#/properties/spec/properties/refreshPolicy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.refreshPolicy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data3.secretStoreRef !== undefined){
let data66 = data3.secretStoreRef;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
for(const key19 in data66){
if(!((key19 === "kind") || (key19 === "name"))){
const err133 = {instancePath:instancePath+"/spec/secretStoreRef",schemaPath:"#/properties/spec/properties/secretStoreRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data66.kind !== undefined){
let data67 = data66.kind;
if(typeof data67 !== "string"){
const err134 = {instancePath:instancePath+"/spec/secretStoreRef/kind",schemaPath:"#/properties/spec/properties/secretStoreRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(!((data67 === "SecretStore") || (data67 === "ClusterSecretStore"))){
const err135 = {instancePath:instancePath+"/spec/secretStoreRef/kind",schemaPath:"#/properties/spec/properties/secretStoreRef/properties/kind/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.secretStoreRef.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data66.name !== undefined){
let data68 = data66.name;
if(typeof data68 === "string"){
if(func61(data68) > 253){
const err136 = {instancePath:instancePath+"/spec/secretStoreRef/name",schemaPath:"#/properties/spec/properties/secretStoreRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(func61(data68) < 1){
const err137 = {instancePath:instancePath+"/spec/secretStoreRef/name",schemaPath:"#/properties/spec/properties/secretStoreRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(!pattern3.test(data68)){
const err138 = {instancePath:instancePath+"/spec/secretStoreRef/name",schemaPath:"#/properties/spec/properties/secretStoreRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
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
const err139 = {instancePath:instancePath+"/spec/secretStoreRef/name",schemaPath:"#/properties/spec/properties/secretStoreRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err140 = {instancePath:instancePath+"/spec/secretStoreRef",schemaPath:"#/properties/spec/properties/secretStoreRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data3.syncWindows !== undefined){
let data69 = data3.syncWindows;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
if(data69.kind === undefined){
const err141 = {instancePath:instancePath+"/spec/syncWindows",schemaPath:"#/properties/spec/properties/syncWindows/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(data69.windows === undefined){
const err142 = {instancePath:instancePath+"/spec/syncWindows",schemaPath:"#/properties/spec/properties/syncWindows/required",keyword:"required",params:{missingProperty: "windows"},message:"must have required property '"+"windows"+"'"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
for(const key20 in data69){
if(!((key20 === "kind") || (key20 === "windows"))){
const err143 = {instancePath:instancePath+"/spec/syncWindows",schemaPath:"#/properties/spec/properties/syncWindows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data69.kind !== undefined){
let data70 = data69.kind;
if(typeof data70 !== "string"){
const err144 = {instancePath:instancePath+"/spec/syncWindows/kind",schemaPath:"#/properties/spec/properties/syncWindows/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(!((data70 === "allow") || (data70 === "deny"))){
const err145 = {instancePath:instancePath+"/spec/syncWindows/kind",schemaPath:"#/properties/spec/properties/syncWindows/properties/kind/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.syncWindows.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data69.windows !== undefined){
let data71 = data69.windows;
if(Array.isArray(data71)){
if(data71.length < 1){
const err146 = {instancePath:instancePath+"/spec/syncWindows/windows",schemaPath:"#/properties/spec/properties/syncWindows/properties/windows/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
const len4 = data71.length;
for(let i4=0; i4<len4; i4++){
let data72 = data71[i4];
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.duration === undefined){
const err147 = {instancePath:instancePath+"/spec/syncWindows/windows/" + i4,schemaPath:"#/properties/spec/properties/syncWindows/properties/windows/items/required",keyword:"required",params:{missingProperty: "duration"},message:"must have required property '"+"duration"+"'"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if(data72.schedule === undefined){
const err148 = {instancePath:instancePath+"/spec/syncWindows/windows/" + i4,schemaPath:"#/properties/spec/properties/syncWindows/properties/windows/items/required",keyword:"required",params:{missingProperty: "schedule"},message:"must have required property '"+"schedule"+"'"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
for(const key21 in data72){
if(!((key21 === "duration") || (key21 === "schedule"))){
const err149 = {instancePath:instancePath+"/spec/syncWindows/windows/" + i4,schemaPath:"#/properties/spec/properties/syncWindows/properties/windows/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data72.duration !== undefined){
if(typeof data72.duration !== "string"){
const err150 = {instancePath:instancePath+"/spec/syncWindows/windows/" + i4+"/duration",schemaPath:"#/properties/spec/properties/syncWindows/properties/windows/items/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data72.schedule !== undefined){
let data74 = data72.schedule;
if(typeof data74 === "string"){
if(func61(data74) < 1){
const err151 = {instancePath:instancePath+"/spec/syncWindows/windows/" + i4+"/schedule",schemaPath:"#/properties/spec/properties/syncWindows/properties/windows/items/properties/schedule/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if(!pattern8.test(data74)){
const err152 = {instancePath:instancePath+"/spec/syncWindows/windows/" + i4+"/schedule",schemaPath:"#/properties/spec/properties/syncWindows/properties/windows/items/properties/schedule/pattern",keyword:"pattern",params:{pattern: "^(@(annually|yearly|monthly|weekly|daily|midnight|hourly)|@every [^\\s]+.*|[^\\s]+( [^\\s]+){4})$"},message:"must match pattern \""+"^(@(annually|yearly|monthly|weekly|daily|midnight|hourly)|@every [^\\s]+.*|[^\\s]+( [^\\s]+){4})$"+"\""};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
else {
const err153 = {instancePath:instancePath+"/spec/syncWindows/windows/" + i4+"/schedule",schemaPath:"#/properties/spec/properties/syncWindows/properties/windows/items/properties/schedule/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err154 = {instancePath:instancePath+"/spec/syncWindows/windows/" + i4,schemaPath:"#/properties/spec/properties/syncWindows/properties/windows/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err155 = {instancePath:instancePath+"/spec/syncWindows/windows",schemaPath:"#/properties/spec/properties/syncWindows/properties/windows/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
else {
const err156 = {instancePath:instancePath+"/spec/syncWindows",schemaPath:"#/properties/spec/properties/syncWindows/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data3.target !== undefined){
let data75 = data3.target;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
for(const key22 in data75){
if(!((((((key22 === "creationPolicy") || (key22 === "deletionPolicy")) || (key22 === "immutable")) || (key22 === "manifest")) || (key22 === "name")) || (key22 === "template"))){
const err157 = {instancePath:instancePath+"/spec/target",schemaPath:"#/properties/spec/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data75.creationPolicy !== undefined){
let data76 = data75.creationPolicy;
if(typeof data76 !== "string"){
const err158 = {instancePath:instancePath+"/spec/target/creationPolicy",schemaPath:"#/properties/spec/properties/target/properties/creationPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(!(((((data76 === "Owner") || (data76 === "Orphan")) || (data76 === "Merge")) || (data76 === "None")) || (data76 === "CreateOrMerge"))){
const err159 = {instancePath:instancePath+"/spec/target/creationPolicy",schemaPath:"#/properties/spec/properties/target/properties/creationPolicy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.target.properties.creationPolicy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data75.deletionPolicy !== undefined){
let data77 = data75.deletionPolicy;
if(typeof data77 !== "string"){
const err160 = {instancePath:instancePath+"/spec/target/deletionPolicy",schemaPath:"#/properties/spec/properties/target/properties/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
if(!(((data77 === "Delete") || (data77 === "Merge")) || (data77 === "Retain"))){
const err161 = {instancePath:instancePath+"/spec/target/deletionPolicy",schemaPath:"#/properties/spec/properties/target/properties/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.target.properties.deletionPolicy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data75.immutable !== undefined){
if(typeof data75.immutable !== "boolean"){
const err162 = {instancePath:instancePath+"/spec/target/immutable",schemaPath:"#/properties/spec/properties/target/properties/immutable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data75.manifest !== undefined){
let data79 = data75.manifest;
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
if(data79.apiVersion === undefined){
const err163 = {instancePath:instancePath+"/spec/target/manifest",schemaPath:"#/properties/spec/properties/target/properties/manifest/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(data79.kind === undefined){
const err164 = {instancePath:instancePath+"/spec/target/manifest",schemaPath:"#/properties/spec/properties/target/properties/manifest/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
for(const key23 in data79){
if(!((key23 === "apiVersion") || (key23 === "kind"))){
const err165 = {instancePath:instancePath+"/spec/target/manifest",schemaPath:"#/properties/spec/properties/target/properties/manifest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data79.apiVersion !== undefined){
let data80 = data79.apiVersion;
if(typeof data80 === "string"){
if(func61(data80) < 1){
const err166 = {instancePath:instancePath+"/spec/target/manifest/apiVersion",schemaPath:"#/properties/spec/properties/target/properties/manifest/properties/apiVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err167 = {instancePath:instancePath+"/spec/target/manifest/apiVersion",schemaPath:"#/properties/spec/properties/target/properties/manifest/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data79.kind !== undefined){
let data81 = data79.kind;
if(typeof data81 === "string"){
if(func61(data81) < 1){
const err168 = {instancePath:instancePath+"/spec/target/manifest/kind",schemaPath:"#/properties/spec/properties/target/properties/manifest/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err169 = {instancePath:instancePath+"/spec/target/manifest/kind",schemaPath:"#/properties/spec/properties/target/properties/manifest/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err170 = {instancePath:instancePath+"/spec/target/manifest",schemaPath:"#/properties/spec/properties/target/properties/manifest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data75.name !== undefined){
let data82 = data75.name;
if(typeof data82 === "string"){
if(func61(data82) > 253){
const err171 = {instancePath:instancePath+"/spec/target/name",schemaPath:"#/properties/spec/properties/target/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(func61(data82) < 1){
const err172 = {instancePath:instancePath+"/spec/target/name",schemaPath:"#/properties/spec/properties/target/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(!pattern3.test(data82)){
const err173 = {instancePath:instancePath+"/spec/target/name",schemaPath:"#/properties/spec/properties/target/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
else {
const err174 = {instancePath:instancePath+"/spec/target/name",schemaPath:"#/properties/spec/properties/target/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data75.template !== undefined){
let data83 = data75.template;
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
for(const key24 in data83){
if(!((((((key24 === "data") || (key24 === "engineVersion")) || (key24 === "mergePolicy")) || (key24 === "metadata")) || (key24 === "templateFrom")) || (key24 === "type"))){
const err175 = {instancePath:instancePath+"/spec/target/template",schemaPath:"#/properties/spec/properties/target/properties/template/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data83.data !== undefined){
let data84 = data83.data;
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
for(const key25 in data84){
if(typeof data84[key25] !== "string"){
const err176 = {instancePath:instancePath+"/spec/target/template/data/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/target/properties/template/properties/data/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err177 = {instancePath:instancePath+"/spec/target/template/data",schemaPath:"#/properties/spec/properties/target/properties/template/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data83.engineVersion !== undefined){
let data86 = data83.engineVersion;
if(typeof data86 !== "string"){
const err178 = {instancePath:instancePath+"/spec/target/template/engineVersion",schemaPath:"#/properties/spec/properties/target/properties/template/properties/engineVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
if(!(data86 === "v2")){
const err179 = {instancePath:instancePath+"/spec/target/template/engineVersion",schemaPath:"#/properties/spec/properties/target/properties/template/properties/engineVersion/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.target.properties.template.properties.engineVersion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data83.mergePolicy !== undefined){
let data87 = data83.mergePolicy;
if(typeof data87 !== "string"){
const err180 = {instancePath:instancePath+"/spec/target/template/mergePolicy",schemaPath:"#/properties/spec/properties/target/properties/template/properties/mergePolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(!((data87 === "Replace") || (data87 === "Merge"))){
const err181 = {instancePath:instancePath+"/spec/target/template/mergePolicy",schemaPath:"#/properties/spec/properties/target/properties/template/properties/mergePolicy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.target.properties.template.properties.mergePolicy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data83.metadata !== undefined){
let data88 = data83.metadata;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
for(const key26 in data88){
if(!(((key26 === "annotations") || (key26 === "finalizers")) || (key26 === "labels"))){
const err182 = {instancePath:instancePath+"/spec/target/template/metadata",schemaPath:"#/properties/spec/properties/target/properties/template/properties/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data88.annotations !== undefined){
let data89 = data88.annotations;
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
for(const key27 in data89){
if(typeof data89[key27] !== "string"){
const err183 = {instancePath:instancePath+"/spec/target/template/metadata/annotations/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/target/properties/template/properties/metadata/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err184 = {instancePath:instancePath+"/spec/target/template/metadata/annotations",schemaPath:"#/properties/spec/properties/target/properties/template/properties/metadata/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data88.finalizers !== undefined){
let data91 = data88.finalizers;
if(Array.isArray(data91)){
const len5 = data91.length;
for(let i5=0; i5<len5; i5++){
if(typeof data91[i5] !== "string"){
const err185 = {instancePath:instancePath+"/spec/target/template/metadata/finalizers/" + i5,schemaPath:"#/properties/spec/properties/target/properties/template/properties/metadata/properties/finalizers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err186 = {instancePath:instancePath+"/spec/target/template/metadata/finalizers",schemaPath:"#/properties/spec/properties/target/properties/template/properties/metadata/properties/finalizers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data88.labels !== undefined){
let data93 = data88.labels;
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
for(const key28 in data93){
if(typeof data93[key28] !== "string"){
const err187 = {instancePath:instancePath+"/spec/target/template/metadata/labels/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/target/properties/template/properties/metadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err188 = {instancePath:instancePath+"/spec/target/template/metadata/labels",schemaPath:"#/properties/spec/properties/target/properties/template/properties/metadata/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
}
else {
const err189 = {instancePath:instancePath+"/spec/target/template/metadata",schemaPath:"#/properties/spec/properties/target/properties/template/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data83.templateFrom !== undefined){
let data95 = data83.templateFrom;
if(Array.isArray(data95)){
const len6 = data95.length;
for(let i6=0; i6<len6; i6++){
let data96 = data95[i6];
if(data96 && typeof data96 == "object" && !Array.isArray(data96)){
for(const key29 in data96){
if(!(((((key29 === "configMap") || (key29 === "literal")) || (key29 === "secret")) || (key29 === "target")) || (key29 === "valuesDecodingStrategy"))){
const err190 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6,schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data96.configMap !== undefined){
let data97 = data96.configMap;
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
if(data97.items === undefined){
const err191 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(data97.name === undefined){
const err192 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
for(const key30 in data97){
if(!((key30 === "items") || (key30 === "name"))){
const err193 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data97.items !== undefined){
let data98 = data97.items;
if(Array.isArray(data98)){
const len7 = data98.length;
for(let i7=0; i7<len7; i7++){
let data99 = data98[i7];
if(data99 && typeof data99 == "object" && !Array.isArray(data99)){
if(data99.key === undefined){
const err194 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap/items/" + i7,schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
for(const key31 in data99){
if(!((key31 === "key") || (key31 === "templateAs"))){
const err195 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap/items/" + i7,schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data99.key !== undefined){
let data100 = data99.key;
if(typeof data100 === "string"){
if(func61(data100) > 253){
const err196 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap/items/" + i7+"/key",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/properties/key/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
if(func61(data100) < 1){
const err197 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap/items/" + i7+"/key",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
if(!pattern2.test(data100)){
const err198 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap/items/" + i7+"/key",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
else {
const err199 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap/items/" + i7+"/key",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data99.templateAs !== undefined){
let data101 = data99.templateAs;
if(typeof data101 !== "string"){
const err200 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap/items/" + i7+"/templateAs",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/properties/templateAs/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(!((data101 === "Values") || (data101 === "KeysAndValues"))){
const err201 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap/items/" + i7+"/templateAs",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/properties/templateAs/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.target.properties.template.properties.templateFrom.items.properties.configMap.properties.items.items.properties.templateAs.enum},message:"must be equal to one of the allowed values"};
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
const err202 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap/items/" + i7,schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err203 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap/items",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data97.name !== undefined){
let data102 = data97.name;
if(typeof data102 === "string"){
if(func61(data102) > 253){
const err204 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap/name",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
if(func61(data102) < 1){
const err205 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap/name",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
if(!pattern3.test(data102)){
const err206 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap/name",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
else {
const err207 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap/name",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err208 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/configMap",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/configMap/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data96.literal !== undefined){
if(typeof data96.literal !== "string"){
const err209 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/literal",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/literal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data96.secret !== undefined){
let data104 = data96.secret;
if(data104 && typeof data104 == "object" && !Array.isArray(data104)){
if(data104.items === undefined){
const err210 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if(data104.name === undefined){
const err211 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
for(const key32 in data104){
if(!((key32 === "items") || (key32 === "name"))){
const err212 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data104.items !== undefined){
let data105 = data104.items;
if(Array.isArray(data105)){
const len8 = data105.length;
for(let i8=0; i8<len8; i8++){
let data106 = data105[i8];
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.key === undefined){
const err213 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret/items/" + i8,schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
for(const key33 in data106){
if(!((key33 === "key") || (key33 === "templateAs"))){
const err214 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret/items/" + i8,schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data106.key !== undefined){
let data107 = data106.key;
if(typeof data107 === "string"){
if(func61(data107) > 253){
const err215 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret/items/" + i8+"/key",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/properties/key/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
if(func61(data107) < 1){
const err216 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret/items/" + i8+"/key",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
if(!pattern2.test(data107)){
const err217 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret/items/" + i8+"/key",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
else {
const err218 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret/items/" + i8+"/key",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data106.templateAs !== undefined){
let data108 = data106.templateAs;
if(typeof data108 !== "string"){
const err219 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret/items/" + i8+"/templateAs",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/properties/templateAs/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
if(!((data108 === "Values") || (data108 === "KeysAndValues"))){
const err220 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret/items/" + i8+"/templateAs",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/properties/templateAs/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.target.properties.template.properties.templateFrom.items.properties.secret.properties.items.items.properties.templateAs.enum},message:"must be equal to one of the allowed values"};
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
const err221 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret/items/" + i8,schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err222 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret/items",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data104.name !== undefined){
let data109 = data104.name;
if(typeof data109 === "string"){
if(func61(data109) > 253){
const err223 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret/name",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
if(func61(data109) < 1){
const err224 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret/name",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
if(!pattern3.test(data109)){
const err225 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret/name",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\""};
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
const err226 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret/name",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
}
else {
const err227 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/secret",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/secret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data96.target !== undefined){
if(typeof data96.target !== "string"){
const err228 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/target",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data96.valuesDecodingStrategy !== undefined){
let data111 = data96.valuesDecodingStrategy;
if(typeof data111 !== "string"){
const err229 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/valuesDecodingStrategy",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/valuesDecodingStrategy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
if(!((((data111 === "Auto") || (data111 === "Base64")) || (data111 === "Base64URL")) || (data111 === "None"))){
const err230 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6+"/valuesDecodingStrategy",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/properties/valuesDecodingStrategy/enum",keyword:"enum",params:{allowedValues: schema796.properties.spec.properties.target.properties.template.properties.templateFrom.items.properties.valuesDecodingStrategy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
}
else {
const err231 = {instancePath:instancePath+"/spec/target/template/templateFrom/" + i6,schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err232 = {instancePath:instancePath+"/spec/target/template/templateFrom",schemaPath:"#/properties/spec/properties/target/properties/template/properties/templateFrom/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
if(data83.type !== undefined){
if(typeof data83.type !== "string"){
const err233 = {instancePath:instancePath+"/spec/target/template/type",schemaPath:"#/properties/spec/properties/target/properties/template/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
}
else {
const err234 = {instancePath:instancePath+"/spec/target/template",schemaPath:"#/properties/spec/properties/target/properties/template/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err235 = {instancePath:instancePath+"/spec/target",schemaPath:"#/properties/spec/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err236 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err237 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
validate2062.errors = vErrors;
return errors === 0;
}
