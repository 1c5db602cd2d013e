"use strict";
module.exports = validate2020;
module.exports.default = validate2020;
const schema784 = {"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},"operation":{"properties":{"info":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"initiatedBy":{"properties":{"automated":{"type":"boolean"},"username":{"type":"string"}},"type":"object","additionalProperties":false},"retry":{"properties":{"backoff":{"properties":{"duration":{"type":"string"},"factor":{"format":"int64","type":"integer"},"maxDuration":{"type":"string"}},"type":"object","additionalProperties":false},"limit":{"format":"int64","type":"integer"},"refresh":{"type":"boolean"}},"type":"object","additionalProperties":false},"sync":{"properties":{"autoHealAttemptsCount":{"format":"int64","type":"integer"},"dryRun":{"type":"boolean"},"manifests":{"items":{"type":"string"},"type":"array"},"prune":{"type":"boolean"},"resources":{"items":{"properties":{"group":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["kind","name"],"type":"object","additionalProperties":false},"type":"array"},"revision":{"type":"string"},"revisions":{"items":{"type":"string"},"type":"array"},"source":{"properties":{"chart":{"type":"string"},"directory":{"properties":{"disableExtensionFilter":{"type":"boolean"},"exclude":{"type":"string"},"include":{"type":"string"},"jsonnet":{"properties":{"extVars":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"libs":{"items":{"type":"string"},"type":"array"},"tlas":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"recurse":{"type":"boolean"}},"type":"object","additionalProperties":false},"helm":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"fileParameters":{"items":{"properties":{"name":{"type":"string"},"path":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"ignoreMissingValueFiles":{"type":"boolean"},"kubeVersion":{"type":"string"},"namespace":{"type":"string"},"parameters":{"items":{"properties":{"forceString":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"passCredentials":{"type":"boolean"},"releaseName":{"type":"string"},"skipCrds":{"type":"boolean"},"skipSchemaValidation":{"type":"boolean"},"skipTests":{"type":"boolean"},"valueFiles":{"items":{"type":"string"},"type":"array"},"values":{"type":"string"},"valuesObject":{"type":"object"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"kustomize":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"commonAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"commonAnnotationsEnvsubst":{"type":"boolean"},"commonLabels":{"additionalProperties":{"type":"string"},"type":"object"},"components":{"items":{"type":"string"},"type":"array"},"forceCommonAnnotations":{"type":"boolean"},"forceCommonLabels":{"type":"boolean"},"ignoreMissingComponents":{"type":"boolean"},"images":{"items":{"type":"string"},"type":"array"},"kubeVersion":{"type":"string"},"labelIncludeTemplates":{"type":"boolean"},"labelWithoutSelector":{"type":"boolean"},"namePrefix":{"type":"string"},"nameSuffix":{"type":"string"},"namespace":{"type":"string"},"patches":{"items":{"properties":{"options":{"additionalProperties":{"type":"boolean"},"type":"object"},"patch":{"type":"string"},"path":{"type":"string"},"target":{"properties":{"annotationSelector":{"type":"string"},"group":{"type":"string"},"kind":{"type":"string"},"labelSelector":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"replicas":{"items":{"properties":{"count":{"anyOf":[{"type":"string"},{"type":"integer"}]},"name":{"type":"string"}},"required":["count","name"],"type":"object","additionalProperties":false},"type":"array"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"name":{"type":"string"},"path":{"type":"string"},"plugin":{"properties":{"env":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"name":{"type":"string"},"parameters":{"items":{"properties":{"array":{"items":{"type":"string"},"type":"array"},"map":{"additionalProperties":{"type":"string"},"type":"object"},"name":{"type":"string"},"string":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"ref":{"type":"string"},"repoURL":{"type":"string"},"tagPrefix":{"type":"string"},"targetRevision":{"type":"string"}},"required":["repoURL"],"type":"object","additionalProperties":false},"sources":{"items":{"properties":{"chart":{"type":"string"},"directory":{"properties":{"disableExtensionFilter":{"type":"boolean"},"exclude":{"type":"string"},"include":{"type":"string"},"jsonnet":{"properties":{"extVars":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"libs":{"items":{"type":"string"},"type":"array"},"tlas":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"recurse":{"type":"boolean"}},"type":"object","additionalProperties":false},"helm":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"fileParameters":{"items":{"properties":{"name":{"type":"string"},"path":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"ignoreMissingValueFiles":{"type":"boolean"},"kubeVersion":{"type":"string"},"namespace":{"type":"string"},"parameters":{"items":{"properties":{"forceString":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"passCredentials":{"type":"boolean"},"releaseName":{"type":"string"},"skipCrds":{"type":"boolean"},"skipSchemaValidation":{"type":"boolean"},"skipTests":{"type":"boolean"},"valueFiles":{"items":{"type":"string"},"type":"array"},"values":{"type":"string"},"valuesObject":{"type":"object"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"kustomize":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"commonAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"commonAnnotationsEnvsubst":{"type":"boolean"},"commonLabels":{"additionalProperties":{"type":"string"},"type":"object"},"components":{"items":{"type":"string"},"type":"array"},"forceCommonAnnotations":{"type":"boolean"},"forceCommonLabels":{"type":"boolean"},"ignoreMissingComponents":{"type":"boolean"},"images":{"items":{"type":"string"},"type":"array"},"kubeVersion":{"type":"string"},"labelIncludeTemplates":{"type":"boolean"},"labelWithoutSelector":{"type":"boolean"},"namePrefix":{"type":"string"},"nameSuffix":{"type":"string"},"namespace":{"type":"string"},"patches":{"items":{"properties":{"options":{"additionalProperties":{"type":"boolean"},"type":"object"},"patch":{"type":"string"},"path":{"type":"string"},"target":{"properties":{"annotationSelector":{"type":"string"},"group":{"type":"string"},"kind":{"type":"string"},"labelSelector":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"replicas":{"items":{"properties":{"count":{"anyOf":[{"type":"string"},{"type":"integer"}]},"name":{"type":"string"}},"required":["count","name"],"type":"object","additionalProperties":false},"type":"array"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"name":{"type":"string"},"path":{"type":"string"},"plugin":{"properties":{"env":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"name":{"type":"string"},"parameters":{"items":{"properties":{"array":{"items":{"type":"string"},"type":"array"},"map":{"additionalProperties":{"type":"string"},"type":"object"},"name":{"type":"string"},"string":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"ref":{"type":"string"},"repoURL":{"type":"string"},"tagPrefix":{"type":"string"},"targetRevision":{"type":"string"}},"required":["repoURL"],"type":"object","additionalProperties":false},"type":"array"},"syncOptions":{"items":{"type":"string"},"type":"array"},"syncStrategy":{"properties":{"apply":{"properties":{"force":{"type":"boolean"}},"type":"object","additionalProperties":false},"hook":{"properties":{"force":{"type":"boolean"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"spec":{"properties":{"destination":{"properties":{"name":{"type":"string"},"namespace":{"type":"string"},"server":{"type":"string"}},"type":"object","additionalProperties":false},"ignoreDifferences":{"items":{"properties":{"group":{"type":"string"},"jqPathExpressions":{"items":{"type":"string"},"type":"array"},"jsonPointers":{"items":{"type":"string"},"type":"array"},"kind":{"type":"string"},"managedFieldsManagers":{"items":{"type":"string"},"type":"array"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["kind"],"type":"object","additionalProperties":false},"type":"array"},"info":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"project":{"type":"string"},"revisionHistoryLimit":{"format":"int64","type":"integer"},"source":{"properties":{"chart":{"type":"string"},"directory":{"properties":{"disableExtensionFilter":{"type":"boolean"},"exclude":{"type":"string"},"include":{"type":"string"},"jsonnet":{"properties":{"extVars":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"libs":{"items":{"type":"string"},"type":"array"},"tlas":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"recurse":{"type":"boolean"}},"type":"object","additionalProperties":false},"helm":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"fileParameters":{"items":{"properties":{"name":{"type":"string"},"path":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"ignoreMissingValueFiles":{"type":"boolean"},"kubeVersion":{"type":"string"},"namespace":{"type":"string"},"parameters":{"items":{"properties":{"forceString":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"passCredentials":{"type":"boolean"},"releaseName":{"type":"string"},"skipCrds":{"type":"boolean"},"skipSchemaValidation":{"type":"boolean"},"skipTests":{"type":"boolean"},"valueFiles":{"items":{"type":"string"},"type":"array"},"values":{"type":"string"},"valuesObject":{"type":"object"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"kustomize":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"commonAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"commonAnnotationsEnvsubst":{"type":"boolean"},"commonLabels":{"additionalProperties":{"type":"string"},"type":"object"},"components":{"items":{"type":"string"},"type":"array"},"forceCommonAnnotations":{"type":"boolean"},"forceCommonLabels":{"type":"boolean"},"ignoreMissingComponents":{"type":"boolean"},"images":{"items":{"type":"string"},"type":"array"},"kubeVersion":{"type":"string"},"labelIncludeTemplates":{"type":"boolean"},"labelWithoutSelector":{"type":"boolean"},"namePrefix":{"type":"string"},"nameSuffix":{"type":"string"},"namespace":{"type":"string"},"patches":{"items":{"properties":{"options":{"additionalProperties":{"type":"boolean"},"type":"object"},"patch":{"type":"string"},"path":{"type":"string"},"target":{"properties":{"annotationSelector":{"type":"string"},"group":{"type":"string"},"kind":{"type":"string"},"labelSelector":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"replicas":{"items":{"properties":{"count":{"anyOf":[{"type":"string"},{"type":"integer"}]},"name":{"type":"string"}},"required":["count","name"],"type":"object","additionalProperties":false},"type":"array"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"name":{"type":"string"},"path":{"type":"string"},"plugin":{"properties":{"env":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"name":{"type":"string"},"parameters":{"items":{"properties":{"array":{"items":{"type":"string"},"type":"array"},"map":{"additionalProperties":{"type":"string"},"type":"object"},"name":{"type":"string"},"string":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"ref":{"type":"string"},"repoURL":{"type":"string"},"tagPrefix":{"type":"string"},"targetRevision":{"type":"string"}},"required":["repoURL"],"type":"object","additionalProperties":false},"sourceHydrator":{"properties":{"drySource":{"properties":{"directory":{"properties":{"disableExtensionFilter":{"type":"boolean"},"exclude":{"type":"string"},"include":{"type":"string"},"jsonnet":{"properties":{"extVars":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"libs":{"items":{"type":"string"},"type":"array"},"tlas":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"recurse":{"type":"boolean"}},"type":"object","additionalProperties":false},"helm":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"fileParameters":{"items":{"properties":{"name":{"type":"string"},"path":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"ignoreMissingValueFiles":{"type":"boolean"},"kubeVersion":{"type":"string"},"namespace":{"type":"string"},"parameters":{"items":{"properties":{"forceString":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"passCredentials":{"type":"boolean"},"releaseName":{"type":"string"},"skipCrds":{"type":"boolean"},"skipSchemaValidation":{"type":"boolean"},"skipTests":{"type":"boolean"},"valueFiles":{"items":{"type":"string"},"type":"array"},"values":{"type":"string"},"valuesObject":{"type":"object"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"kustomize":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"commonAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"commonAnnotationsEnvsubst":{"type":"boolean"},"commonLabels":{"additionalProperties":{"type":"string"},"type":"object"},"components":{"items":{"type":"string"},"type":"array"},"forceCommonAnnotations":{"type":"boolean"},"forceCommonLabels":{"type":"boolean"},"ignoreMissingComponents":{"type":"boolean"},"images":{"items":{"type":"string"},"type":"array"},"kubeVersion":{"type":"string"},"labelIncludeTemplates":{"type":"boolean"},"labelWithoutSelector":{"type":"boolean"},"namePrefix":{"type":"string"},"nameSuffix":{"type":"string"},"namespace":{"type":"string"},"patches":{"items":{"properties":{"options":{"additionalProperties":{"type":"boolean"},"type":"object"},"patch":{"type":"string"},"path":{"type":"string"},"target":{"properties":{"annotationSelector":{"type":"string"},"group":{"type":"string"},"kind":{"type":"string"},"labelSelector":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"replicas":{"items":{"properties":{"count":{"anyOf":[{"type":"string"},{"type":"integer"}]},"name":{"type":"string"}},"required":["count","name"],"type":"object","additionalProperties":false},"type":"array"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"path":{"type":"string"},"plugin":{"properties":{"env":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"name":{"type":"string"},"parameters":{"items":{"properties":{"array":{"items":{"type":"string"},"type":"array"},"map":{"additionalProperties":{"type":"string"},"type":"object"},"name":{"type":"string"},"string":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"repoURL":{"type":"string"},"targetRevision":{"type":"string"}},"required":["path","repoURL","targetRevision"],"type":"object","additionalProperties":false},"hydrateTo":{"properties":{"targetBranch":{"type":"string"}},"required":["targetBranch"],"type":"object","additionalProperties":false},"syncSource":{"properties":{"path":{"minLength":1,"pattern":"^.{2,}|[^./]$","type":"string"},"repoURL":{"type":"string"},"targetBranch":{"type":"string"}},"required":["path","targetBranch"],"type":"object","additionalProperties":false}},"required":["drySource","syncSource"],"type":"object","additionalProperties":false},"sources":{"items":{"properties":{"chart":{"type":"string"},"directory":{"properties":{"disableExtensionFilter":{"type":"boolean"},"exclude":{"type":"string"},"include":{"type":"string"},"jsonnet":{"properties":{"extVars":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"libs":{"items":{"type":"string"},"type":"array"},"tlas":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"recurse":{"type":"boolean"}},"type":"object","additionalProperties":false},"helm":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"fileParameters":{"items":{"properties":{"name":{"type":"string"},"path":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"ignoreMissingValueFiles":{"type":"boolean"},"kubeVersion":{"type":"string"},"namespace":{"type":"string"},"parameters":{"items":{"properties":{"forceString":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"passCredentials":{"type":"boolean"},"releaseName":{"type":"string"},"skipCrds":{"type":"boolean"},"skipSchemaValidation":{"type":"boolean"},"skipTests":{"type":"boolean"},"valueFiles":{"items":{"type":"string"},"type":"array"},"values":{"type":"string"},"valuesObject":{"type":"object"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"kustomize":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"commonAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"commonAnnotationsEnvsubst":{"type":"boolean"},"commonLabels":{"additionalProperties":{"type":"string"},"type":"object"},"components":{"items":{"type":"string"},"type":"array"},"forceCommonAnnotations":{"type":"boolean"},"forceCommonLabels":{"type":"boolean"},"ignoreMissingComponents":{"type":"boolean"},"images":{"items":{"type":"string"},"type":"array"},"kubeVersion":{"type":"string"},"labelIncludeTemplates":{"type":"boolean"},"labelWithoutSelector":{"type":"boolean"},"namePrefix":{"type":"string"},"nameSuffix":{"type":"string"},"namespace":{"type":"string"},"patches":{"items":{"properties":{"options":{"additionalProperties":{"type":"boolean"},"type":"object"},"patch":{"type":"string"},"path":{"type":"string"},"target":{"properties":{"annotationSelector":{"type":"string"},"group":{"type":"string"},"kind":{"type":"string"},"labelSelector":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"replicas":{"items":{"properties":{"count":{"anyOf":[{"type":"string"},{"type":"integer"}]},"name":{"type":"string"}},"required":["count","name"],"type":"object","additionalProperties":false},"type":"array"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"name":{"type":"string"},"path":{"type":"string"},"plugin":{"properties":{"env":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"name":{"type":"string"},"parameters":{"items":{"properties":{"array":{"items":{"type":"string"},"type":"array"},"map":{"additionalProperties":{"type":"string"},"type":"object"},"name":{"type":"string"},"string":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"ref":{"type":"string"},"repoURL":{"type":"string"},"tagPrefix":{"type":"string"},"targetRevision":{"type":"string"}},"required":["repoURL"],"type":"object","additionalProperties":false},"type":"array"},"syncPolicy":{"properties":{"automated":{"properties":{"allowEmpty":{"type":"boolean"},"enabled":{"type":"boolean"},"prune":{"type":"boolean"},"selfHeal":{"type":"boolean"}},"type":"object","additionalProperties":false},"managedNamespaceMetadata":{"properties":{"annotations":{"additionalProperties":{"type":"string"},"type":"object"},"labels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object","additionalProperties":false},"retry":{"properties":{"backoff":{"properties":{"duration":{"type":"string"},"factor":{"format":"int64","type":"integer"},"maxDuration":{"type":"string"}},"type":"object","additionalProperties":false},"limit":{"format":"int64","type":"integer"},"refresh":{"type":"boolean"}},"type":"object","additionalProperties":false},"syncOptions":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false}},"required":["destination","project"],"type":"object","additionalProperties":false}},"required":["metadata","spec"],"type":"object","additionalProperties":false};
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


function validate2021(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate2021.errors = vErrors;
return errors === 0;
}

const func61 = require("ajv/dist/runtime/ucs2length").default;
const pattern1 = new RegExp("^.{2,}|[^./]$", "u");

function validate2020(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "operation")) || (key0 === "spec"))){
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
if(!(validate2021(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate2021.errors : vErrors.concat(validate2021.errors);
errors = vErrors.length;
}
}
if(data.operation !== undefined){
let data3 = data.operation;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!((((key1 === "info") || (key1 === "initiatedBy")) || (key1 === "retry")) || (key1 === "sync"))){
const err5 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data3.info !== undefined){
let data4 = data3.info;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.name === undefined){
const err6 = {instancePath:instancePath+"/operation/info/" + i0,schemaPath:"#/properties/operation/properties/info/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data5.value === undefined){
const err7 = {instancePath:instancePath+"/operation/info/" + i0,schemaPath:"#/properties/operation/properties/info/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key2 in data5){
if(!((key2 === "name") || (key2 === "value"))){
const err8 = {instancePath:instancePath+"/operation/info/" + i0,schemaPath:"#/properties/operation/properties/info/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data5.name !== undefined){
if(typeof data5.name !== "string"){
const err9 = {instancePath:instancePath+"/operation/info/" + i0+"/name",schemaPath:"#/properties/operation/properties/info/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(typeof data5.value !== "string"){
const err10 = {instancePath:instancePath+"/operation/info/" + i0+"/value",schemaPath:"#/properties/operation/properties/info/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err11 = {instancePath:instancePath+"/operation/info/" + i0,schemaPath:"#/properties/operation/properties/info/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err12 = {instancePath:instancePath+"/operation/info",schemaPath:"#/properties/operation/properties/info/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.initiatedBy !== undefined){
let data8 = data3.initiatedBy;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
if(!((key3 === "automated") || (key3 === "username"))){
const err13 = {instancePath:instancePath+"/operation/initiatedBy",schemaPath:"#/properties/operation/properties/initiatedBy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data8.automated !== undefined){
if(typeof data8.automated !== "boolean"){
const err14 = {instancePath:instancePath+"/operation/initiatedBy/automated",schemaPath:"#/properties/operation/properties/initiatedBy/properties/automated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data8.username !== undefined){
if(typeof data8.username !== "string"){
const err15 = {instancePath:instancePath+"/operation/initiatedBy/username",schemaPath:"#/properties/operation/properties/initiatedBy/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err16 = {instancePath:instancePath+"/operation/initiatedBy",schemaPath:"#/properties/operation/properties/initiatedBy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.retry !== undefined){
let data11 = data3.retry;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key4 in data11){
if(!(((key4 === "backoff") || (key4 === "limit")) || (key4 === "refresh"))){
const err17 = {instancePath:instancePath+"/operation/retry",schemaPath:"#/properties/operation/properties/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data11.backoff !== undefined){
let data12 = data11.backoff;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key5 in data12){
if(!(((key5 === "duration") || (key5 === "factor")) || (key5 === "maxDuration"))){
const err18 = {instancePath:instancePath+"/operation/retry/backoff",schemaPath:"#/properties/operation/properties/retry/properties/backoff/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data12.duration !== undefined){
if(typeof data12.duration !== "string"){
const err19 = {instancePath:instancePath+"/operation/retry/backoff/duration",schemaPath:"#/properties/operation/properties/retry/properties/backoff/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data12.factor !== undefined){
let data14 = data12.factor;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err20 = {instancePath:instancePath+"/operation/retry/backoff/factor",schemaPath:"#/properties/operation/properties/retry/properties/backoff/properties/factor/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data12.maxDuration !== undefined){
if(typeof data12.maxDuration !== "string"){
const err21 = {instancePath:instancePath+"/operation/retry/backoff/maxDuration",schemaPath:"#/properties/operation/properties/retry/properties/backoff/properties/maxDuration/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err22 = {instancePath:instancePath+"/operation/retry/backoff",schemaPath:"#/properties/operation/properties/retry/properties/backoff/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data11.limit !== undefined){
let data16 = data11.limit;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err23 = {instancePath:instancePath+"/operation/retry/limit",schemaPath:"#/properties/operation/properties/retry/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data11.refresh !== undefined){
if(typeof data11.refresh !== "boolean"){
const err24 = {instancePath:instancePath+"/operation/retry/refresh",schemaPath:"#/properties/operation/properties/retry/properties/refresh/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/operation/retry",schemaPath:"#/properties/operation/properties/retry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data3.sync !== undefined){
let data18 = data3.sync;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key6 in data18){
if(!(func2.call(schema784.properties.operation.properties.sync.properties, key6))){
const err26 = {instancePath:instancePath+"/operation/sync",schemaPath:"#/properties/operation/properties/sync/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data18.autoHealAttemptsCount !== undefined){
let data19 = data18.autoHealAttemptsCount;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err27 = {instancePath:instancePath+"/operation/sync/autoHealAttemptsCount",schemaPath:"#/properties/operation/properties/sync/properties/autoHealAttemptsCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data18.dryRun !== undefined){
if(typeof data18.dryRun !== "boolean"){
const err28 = {instancePath:instancePath+"/operation/sync/dryRun",schemaPath:"#/properties/operation/properties/sync/properties/dryRun/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data18.manifests !== undefined){
let data21 = data18.manifests;
if(Array.isArray(data21)){
const len1 = data21.length;
for(let i1=0; i1<len1; i1++){
if(typeof data21[i1] !== "string"){
const err29 = {instancePath:instancePath+"/operation/sync/manifests/" + i1,schemaPath:"#/properties/operation/properties/sync/properties/manifests/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err30 = {instancePath:instancePath+"/operation/sync/manifests",schemaPath:"#/properties/operation/properties/sync/properties/manifests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data18.prune !== undefined){
if(typeof data18.prune !== "boolean"){
const err31 = {instancePath:instancePath+"/operation/sync/prune",schemaPath:"#/properties/operation/properties/sync/properties/prune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data18.resources !== undefined){
let data24 = data18.resources;
if(Array.isArray(data24)){
const len2 = data24.length;
for(let i2=0; i2<len2; i2++){
let data25 = data24[i2];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.kind === undefined){
const err32 = {instancePath:instancePath+"/operation/sync/resources/" + i2,schemaPath:"#/properties/operation/properties/sync/properties/resources/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data25.name === undefined){
const err33 = {instancePath:instancePath+"/operation/sync/resources/" + i2,schemaPath:"#/properties/operation/properties/sync/properties/resources/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key7 in data25){
if(!((((key7 === "group") || (key7 === "kind")) || (key7 === "name")) || (key7 === "namespace"))){
const err34 = {instancePath:instancePath+"/operation/sync/resources/" + i2,schemaPath:"#/properties/operation/properties/sync/properties/resources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data25.group !== undefined){
if(typeof data25.group !== "string"){
const err35 = {instancePath:instancePath+"/operation/sync/resources/" + i2+"/group",schemaPath:"#/properties/operation/properties/sync/properties/resources/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data25.kind !== undefined){
if(typeof data25.kind !== "string"){
const err36 = {instancePath:instancePath+"/operation/sync/resources/" + i2+"/kind",schemaPath:"#/properties/operation/properties/sync/properties/resources/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data25.name !== undefined){
if(typeof data25.name !== "string"){
const err37 = {instancePath:instancePath+"/operation/sync/resources/" + i2+"/name",schemaPath:"#/properties/operation/properties/sync/properties/resources/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data25.namespace !== undefined){
if(typeof data25.namespace !== "string"){
const err38 = {instancePath:instancePath+"/operation/sync/resources/" + i2+"/namespace",schemaPath:"#/properties/operation/properties/sync/properties/resources/items/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err39 = {instancePath:instancePath+"/operation/sync/resources/" + i2,schemaPath:"#/properties/operation/properties/sync/properties/resources/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err40 = {instancePath:instancePath+"/operation/sync/resources",schemaPath:"#/properties/operation/properties/sync/properties/resources/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data18.revision !== undefined){
if(typeof data18.revision !== "string"){
const err41 = {instancePath:instancePath+"/operation/sync/revision",schemaPath:"#/properties/operation/properties/sync/properties/revision/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data18.revisions !== undefined){
let data31 = data18.revisions;
if(Array.isArray(data31)){
const len3 = data31.length;
for(let i3=0; i3<len3; i3++){
if(typeof data31[i3] !== "string"){
const err42 = {instancePath:instancePath+"/operation/sync/revisions/" + i3,schemaPath:"#/properties/operation/properties/sync/properties/revisions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err43 = {instancePath:instancePath+"/operation/sync/revisions",schemaPath:"#/properties/operation/properties/sync/properties/revisions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data18.source !== undefined){
let data33 = data18.source;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.repoURL === undefined){
const err44 = {instancePath:instancePath+"/operation/sync/source",schemaPath:"#/properties/operation/properties/sync/properties/source/required",keyword:"required",params:{missingProperty: "repoURL"},message:"must have required property '"+"repoURL"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key8 in data33){
if(!(func2.call(schema784.properties.operation.properties.sync.properties.source.properties, key8))){
const err45 = {instancePath:instancePath+"/operation/sync/source",schemaPath:"#/properties/operation/properties/sync/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data33.chart !== undefined){
if(typeof data33.chart !== "string"){
const err46 = {instancePath:instancePath+"/operation/sync/source/chart",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/chart/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data33.directory !== undefined){
let data35 = data33.directory;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key9 in data35){
if(!(((((key9 === "disableExtensionFilter") || (key9 === "exclude")) || (key9 === "include")) || (key9 === "jsonnet")) || (key9 === "recurse"))){
const err47 = {instancePath:instancePath+"/operation/sync/source/directory",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data35.disableExtensionFilter !== undefined){
if(typeof data35.disableExtensionFilter !== "boolean"){
const err48 = {instancePath:instancePath+"/operation/sync/source/directory/disableExtensionFilter",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/disableExtensionFilter/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data35.exclude !== undefined){
if(typeof data35.exclude !== "string"){
const err49 = {instancePath:instancePath+"/operation/sync/source/directory/exclude",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/exclude/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data35.include !== undefined){
if(typeof data35.include !== "string"){
const err50 = {instancePath:instancePath+"/operation/sync/source/directory/include",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/include/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data35.jsonnet !== undefined){
let data39 = data35.jsonnet;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key10 in data39){
if(!(((key10 === "extVars") || (key10 === "libs")) || (key10 === "tlas"))){
const err51 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data39.extVars !== undefined){
let data40 = data39.extVars;
if(Array.isArray(data40)){
const len4 = data40.length;
for(let i4=0; i4<len4; i4++){
let data41 = data40[i4];
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.name === undefined){
const err52 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/extVars/" + i4,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data41.value === undefined){
const err53 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/extVars/" + i4,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key11 in data41){
if(!(((key11 === "code") || (key11 === "name")) || (key11 === "value"))){
const err54 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/extVars/" + i4,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data41.code !== undefined){
if(typeof data41.code !== "boolean"){
const err55 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/extVars/" + i4+"/code",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data41.name !== undefined){
if(typeof data41.name !== "string"){
const err56 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/extVars/" + i4+"/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data41.value !== undefined){
if(typeof data41.value !== "string"){
const err57 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/extVars/" + i4+"/value",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err58 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/extVars/" + i4,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/extVars",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/extVars/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data39.libs !== undefined){
let data45 = data39.libs;
if(Array.isArray(data45)){
const len5 = data45.length;
for(let i5=0; i5<len5; i5++){
if(typeof data45[i5] !== "string"){
const err60 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/libs/" + i5,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/libs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/libs",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/libs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data39.tlas !== undefined){
let data47 = data39.tlas;
if(Array.isArray(data47)){
const len6 = data47.length;
for(let i6=0; i6<len6; i6++){
let data48 = data47[i6];
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.name === undefined){
const err62 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/tlas/" + i6,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data48.value === undefined){
const err63 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/tlas/" + i6,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key12 in data48){
if(!(((key12 === "code") || (key12 === "name")) || (key12 === "value"))){
const err64 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/tlas/" + i6,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data48.code !== undefined){
if(typeof data48.code !== "boolean"){
const err65 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/tlas/" + i6+"/code",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data48.name !== undefined){
if(typeof data48.name !== "string"){
const err66 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/tlas/" + i6+"/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data48.value !== undefined){
if(typeof data48.value !== "string"){
const err67 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/tlas/" + i6+"/value",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err68 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/tlas/" + i6,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err69 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/tlas",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/tlas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data35.recurse !== undefined){
if(typeof data35.recurse !== "boolean"){
const err71 = {instancePath:instancePath+"/operation/sync/source/directory/recurse",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/recurse/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err72 = {instancePath:instancePath+"/operation/sync/source/directory",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data33.helm !== undefined){
let data53 = data33.helm;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
for(const key13 in data53){
if(!(func2.call(schema784.properties.operation.properties.sync.properties.source.properties.helm.properties, key13))){
const err73 = {instancePath:instancePath+"/operation/sync/source/helm",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data53.apiVersions !== undefined){
let data54 = data53.apiVersions;
if(Array.isArray(data54)){
const len7 = data54.length;
for(let i7=0; i7<len7; i7++){
if(typeof data54[i7] !== "string"){
const err74 = {instancePath:instancePath+"/operation/sync/source/helm/apiVersions/" + i7,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err75 = {instancePath:instancePath+"/operation/sync/source/helm/apiVersions",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data53.fileParameters !== undefined){
let data56 = data53.fileParameters;
if(Array.isArray(data56)){
const len8 = data56.length;
for(let i8=0; i8<len8; i8++){
let data57 = data56[i8];
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
for(const key14 in data57){
if(!((key14 === "name") || (key14 === "path"))){
const err76 = {instancePath:instancePath+"/operation/sync/source/helm/fileParameters/" + i8,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/fileParameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data57.name !== undefined){
if(typeof data57.name !== "string"){
const err77 = {instancePath:instancePath+"/operation/sync/source/helm/fileParameters/" + i8+"/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/fileParameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data57.path !== undefined){
if(typeof data57.path !== "string"){
const err78 = {instancePath:instancePath+"/operation/sync/source/helm/fileParameters/" + i8+"/path",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/fileParameters/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err79 = {instancePath:instancePath+"/operation/sync/source/helm/fileParameters/" + i8,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/fileParameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/operation/sync/source/helm/fileParameters",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/fileParameters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data53.ignoreMissingValueFiles !== undefined){
if(typeof data53.ignoreMissingValueFiles !== "boolean"){
const err81 = {instancePath:instancePath+"/operation/sync/source/helm/ignoreMissingValueFiles",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/ignoreMissingValueFiles/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data53.kubeVersion !== undefined){
if(typeof data53.kubeVersion !== "string"){
const err82 = {instancePath:instancePath+"/operation/sync/source/helm/kubeVersion",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data53.namespace !== undefined){
if(typeof data53.namespace !== "string"){
const err83 = {instancePath:instancePath+"/operation/sync/source/helm/namespace",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data53.parameters !== undefined){
let data63 = data53.parameters;
if(Array.isArray(data63)){
const len9 = data63.length;
for(let i9=0; i9<len9; i9++){
let data64 = data63[i9];
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key15 in data64){
if(!(((key15 === "forceString") || (key15 === "name")) || (key15 === "value"))){
const err84 = {instancePath:instancePath+"/operation/sync/source/helm/parameters/" + i9,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data64.forceString !== undefined){
if(typeof data64.forceString !== "boolean"){
const err85 = {instancePath:instancePath+"/operation/sync/source/helm/parameters/" + i9+"/forceString",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/parameters/items/properties/forceString/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data64.name !== undefined){
if(typeof data64.name !== "string"){
const err86 = {instancePath:instancePath+"/operation/sync/source/helm/parameters/" + i9+"/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data64.value !== undefined){
if(typeof data64.value !== "string"){
const err87 = {instancePath:instancePath+"/operation/sync/source/helm/parameters/" + i9+"/value",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/parameters/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err88 = {instancePath:instancePath+"/operation/sync/source/helm/parameters/" + i9,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err89 = {instancePath:instancePath+"/operation/sync/source/helm/parameters",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data53.passCredentials !== undefined){
if(typeof data53.passCredentials !== "boolean"){
const err90 = {instancePath:instancePath+"/operation/sync/source/helm/passCredentials",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/passCredentials/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data53.releaseName !== undefined){
if(typeof data53.releaseName !== "string"){
const err91 = {instancePath:instancePath+"/operation/sync/source/helm/releaseName",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/releaseName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data53.skipCrds !== undefined){
if(typeof data53.skipCrds !== "boolean"){
const err92 = {instancePath:instancePath+"/operation/sync/source/helm/skipCrds",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/skipCrds/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data53.skipSchemaValidation !== undefined){
if(typeof data53.skipSchemaValidation !== "boolean"){
const err93 = {instancePath:instancePath+"/operation/sync/source/helm/skipSchemaValidation",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/skipSchemaValidation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data53.skipTests !== undefined){
if(typeof data53.skipTests !== "boolean"){
const err94 = {instancePath:instancePath+"/operation/sync/source/helm/skipTests",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/skipTests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data53.valueFiles !== undefined){
let data73 = data53.valueFiles;
if(Array.isArray(data73)){
const len10 = data73.length;
for(let i10=0; i10<len10; i10++){
if(typeof data73[i10] !== "string"){
const err95 = {instancePath:instancePath+"/operation/sync/source/helm/valueFiles/" + i10,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/valueFiles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/operation/sync/source/helm/valueFiles",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/valueFiles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data53.values !== undefined){
if(typeof data53.values !== "string"){
const err97 = {instancePath:instancePath+"/operation/sync/source/helm/values",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/values/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data53.valuesObject !== undefined){
let data76 = data53.valuesObject;
if(!(data76 && typeof data76 == "object" && !Array.isArray(data76))){
const err98 = {instancePath:instancePath+"/operation/sync/source/helm/valuesObject",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/valuesObject/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data53.version !== undefined){
if(typeof data53.version !== "string"){
const err99 = {instancePath:instancePath+"/operation/sync/source/helm/version",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err100 = {instancePath:instancePath+"/operation/sync/source/helm",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data33.kustomize !== undefined){
let data78 = data33.kustomize;
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
for(const key16 in data78){
if(!(func2.call(schema784.properties.operation.properties.sync.properties.source.properties.kustomize.properties, key16))){
const err101 = {instancePath:instancePath+"/operation/sync/source/kustomize",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data78.apiVersions !== undefined){
let data79 = data78.apiVersions;
if(Array.isArray(data79)){
const len11 = data79.length;
for(let i11=0; i11<len11; i11++){
if(typeof data79[i11] !== "string"){
const err102 = {instancePath:instancePath+"/operation/sync/source/kustomize/apiVersions/" + i11,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err103 = {instancePath:instancePath+"/operation/sync/source/kustomize/apiVersions",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data78.commonAnnotations !== undefined){
let data81 = data78.commonAnnotations;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
for(const key17 in data81){
if(typeof data81[key17] !== "string"){
const err104 = {instancePath:instancePath+"/operation/sync/source/kustomize/commonAnnotations/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/commonAnnotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err105 = {instancePath:instancePath+"/operation/sync/source/kustomize/commonAnnotations",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/commonAnnotations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data78.commonAnnotationsEnvsubst !== undefined){
if(typeof data78.commonAnnotationsEnvsubst !== "boolean"){
const err106 = {instancePath:instancePath+"/operation/sync/source/kustomize/commonAnnotationsEnvsubst",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/commonAnnotationsEnvsubst/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data78.commonLabels !== undefined){
let data84 = data78.commonLabels;
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
for(const key18 in data84){
if(typeof data84[key18] !== "string"){
const err107 = {instancePath:instancePath+"/operation/sync/source/kustomize/commonLabels/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/commonLabels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err108 = {instancePath:instancePath+"/operation/sync/source/kustomize/commonLabels",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/commonLabels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data78.components !== undefined){
let data86 = data78.components;
if(Array.isArray(data86)){
const len12 = data86.length;
for(let i12=0; i12<len12; i12++){
if(typeof data86[i12] !== "string"){
const err109 = {instancePath:instancePath+"/operation/sync/source/kustomize/components/" + i12,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/components/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err110 = {instancePath:instancePath+"/operation/sync/source/kustomize/components",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data78.forceCommonAnnotations !== undefined){
if(typeof data78.forceCommonAnnotations !== "boolean"){
const err111 = {instancePath:instancePath+"/operation/sync/source/kustomize/forceCommonAnnotations",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/forceCommonAnnotations/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data78.forceCommonLabels !== undefined){
if(typeof data78.forceCommonLabels !== "boolean"){
const err112 = {instancePath:instancePath+"/operation/sync/source/kustomize/forceCommonLabels",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/forceCommonLabels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data78.ignoreMissingComponents !== undefined){
if(typeof data78.ignoreMissingComponents !== "boolean"){
const err113 = {instancePath:instancePath+"/operation/sync/source/kustomize/ignoreMissingComponents",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/ignoreMissingComponents/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data78.images !== undefined){
let data91 = data78.images;
if(Array.isArray(data91)){
const len13 = data91.length;
for(let i13=0; i13<len13; i13++){
if(typeof data91[i13] !== "string"){
const err114 = {instancePath:instancePath+"/operation/sync/source/kustomize/images/" + i13,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/operation/sync/source/kustomize/images",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data78.kubeVersion !== undefined){
if(typeof data78.kubeVersion !== "string"){
const err116 = {instancePath:instancePath+"/operation/sync/source/kustomize/kubeVersion",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data78.labelIncludeTemplates !== undefined){
if(typeof data78.labelIncludeTemplates !== "boolean"){
const err117 = {instancePath:instancePath+"/operation/sync/source/kustomize/labelIncludeTemplates",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/labelIncludeTemplates/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data78.labelWithoutSelector !== undefined){
if(typeof data78.labelWithoutSelector !== "boolean"){
const err118 = {instancePath:instancePath+"/operation/sync/source/kustomize/labelWithoutSelector",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/labelWithoutSelector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data78.namePrefix !== undefined){
if(typeof data78.namePrefix !== "string"){
const err119 = {instancePath:instancePath+"/operation/sync/source/kustomize/namePrefix",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/namePrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data78.nameSuffix !== undefined){
if(typeof data78.nameSuffix !== "string"){
const err120 = {instancePath:instancePath+"/operation/sync/source/kustomize/nameSuffix",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/nameSuffix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data78.namespace !== undefined){
if(typeof data78.namespace !== "string"){
const err121 = {instancePath:instancePath+"/operation/sync/source/kustomize/namespace",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data78.patches !== undefined){
let data99 = data78.patches;
if(Array.isArray(data99)){
const len14 = data99.length;
for(let i14=0; i14<len14; i14++){
let data100 = data99[i14];
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
for(const key19 in data100){
if(!((((key19 === "options") || (key19 === "patch")) || (key19 === "path")) || (key19 === "target"))){
const err122 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i14,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data100.options !== undefined){
let data101 = data100.options;
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
for(const key20 in data101){
if(typeof data101[key20] !== "boolean"){
const err123 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i14+"/options/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/options/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i14+"/options",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data100.patch !== undefined){
if(typeof data100.patch !== "string"){
const err125 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i14+"/patch",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/patch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data100.path !== undefined){
if(typeof data100.path !== "string"){
const err126 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i14+"/path",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data100.target !== undefined){
let data105 = data100.target;
if(data105 && typeof data105 == "object" && !Array.isArray(data105)){
for(const key21 in data105){
if(!(((((((key21 === "annotationSelector") || (key21 === "group")) || (key21 === "kind")) || (key21 === "labelSelector")) || (key21 === "name")) || (key21 === "namespace")) || (key21 === "version"))){
const err127 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i14+"/target",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data105.annotationSelector !== undefined){
if(typeof data105.annotationSelector !== "string"){
const err128 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i14+"/target/annotationSelector",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/annotationSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data105.group !== undefined){
if(typeof data105.group !== "string"){
const err129 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i14+"/target/group",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data105.kind !== undefined){
if(typeof data105.kind !== "string"){
const err130 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i14+"/target/kind",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data105.labelSelector !== undefined){
if(typeof data105.labelSelector !== "string"){
const err131 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i14+"/target/labelSelector",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/labelSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data105.name !== undefined){
if(typeof data105.name !== "string"){
const err132 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i14+"/target/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data105.namespace !== undefined){
if(typeof data105.namespace !== "string"){
const err133 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i14+"/target/namespace",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data105.version !== undefined){
if(typeof data105.version !== "string"){
const err134 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i14+"/target/version",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i14+"/target",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err136 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i14,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err137 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data78.replicas !== undefined){
let data113 = data78.replicas;
if(Array.isArray(data113)){
const len15 = data113.length;
for(let i15=0; i15<len15; i15++){
let data114 = data113[i15];
if(data114 && typeof data114 == "object" && !Array.isArray(data114)){
if(data114.count === undefined){
const err138 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas/" + i15,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(data114.name === undefined){
const err139 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas/" + i15,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
for(const key22 in data114){
if(!((key22 === "count") || (key22 === "name"))){
const err140 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas/" + i15,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data114.count !== undefined){
let data115 = data114.count;
const _errs254 = errors;
let valid55 = false;
const _errs255 = errors;
if(typeof data115 !== "string"){
const err141 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas/" + i15+"/count",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/items/properties/count/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
var _valid0 = _errs255 === errors;
valid55 = valid55 || _valid0;
if(!valid55){
const _errs257 = errors;
if(!((typeof data115 == "number") && (!(data115 % 1) && !isNaN(data115)))){
const err142 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas/" + i15+"/count",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/items/properties/count/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
var _valid0 = _errs257 === errors;
valid55 = valid55 || _valid0;
}
if(!valid55){
const err143 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas/" + i15+"/count",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/items/properties/count/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
else {
errors = _errs254;
if(vErrors !== null){
if(_errs254){
vErrors.length = _errs254;
}
else {
vErrors = null;
}
}
}
}
if(data114.name !== undefined){
if(typeof data114.name !== "string"){
const err144 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas/" + i15+"/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err145 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas/" + i15,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err146 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data78.version !== undefined){
if(typeof data78.version !== "string"){
const err147 = {instancePath:instancePath+"/operation/sync/source/kustomize/version",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
else {
const err148 = {instancePath:instancePath+"/operation/sync/source/kustomize",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data33.name !== undefined){
if(typeof data33.name !== "string"){
const err149 = {instancePath:instancePath+"/operation/sync/source/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data33.path !== undefined){
if(typeof data33.path !== "string"){
const err150 = {instancePath:instancePath+"/operation/sync/source/path",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data33.plugin !== undefined){
let data120 = data33.plugin;
if(data120 && typeof data120 == "object" && !Array.isArray(data120)){
for(const key23 in data120){
if(!(((key23 === "env") || (key23 === "name")) || (key23 === "parameters"))){
const err151 = {instancePath:instancePath+"/operation/sync/source/plugin",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data120.env !== undefined){
let data121 = data120.env;
if(Array.isArray(data121)){
const len16 = data121.length;
for(let i16=0; i16<len16; i16++){
let data122 = data121[i16];
if(data122 && typeof data122 == "object" && !Array.isArray(data122)){
if(data122.name === undefined){
const err152 = {instancePath:instancePath+"/operation/sync/source/plugin/env/" + i16,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(data122.value === undefined){
const err153 = {instancePath:instancePath+"/operation/sync/source/plugin/env/" + i16,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
for(const key24 in data122){
if(!((key24 === "name") || (key24 === "value"))){
const err154 = {instancePath:instancePath+"/operation/sync/source/plugin/env/" + i16,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/env/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data122.name !== undefined){
if(typeof data122.name !== "string"){
const err155 = {instancePath:instancePath+"/operation/sync/source/plugin/env/" + i16+"/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/env/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data122.value !== undefined){
if(typeof data122.value !== "string"){
const err156 = {instancePath:instancePath+"/operation/sync/source/plugin/env/" + i16+"/value",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/env/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/operation/sync/source/plugin/env/" + i16,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/env/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
}
else {
const err158 = {instancePath:instancePath+"/operation/sync/source/plugin/env",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data120.name !== undefined){
if(typeof data120.name !== "string"){
const err159 = {instancePath:instancePath+"/operation/sync/source/plugin/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data120.parameters !== undefined){
let data126 = data120.parameters;
if(Array.isArray(data126)){
const len17 = data126.length;
for(let i17=0; i17<len17; i17++){
let data127 = data126[i17];
if(data127 && typeof data127 == "object" && !Array.isArray(data127)){
for(const key25 in data127){
if(!((((key25 === "array") || (key25 === "map")) || (key25 === "name")) || (key25 === "string"))){
const err160 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters/" + i17,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data127.array !== undefined){
let data128 = data127.array;
if(Array.isArray(data128)){
const len18 = data128.length;
for(let i18=0; i18<len18; i18++){
if(typeof data128[i18] !== "string"){
const err161 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters/" + i17+"/array/" + i18,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/items/properties/array/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err162 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters/" + i17+"/array",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/items/properties/array/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data127.map !== undefined){
let data130 = data127.map;
if(data130 && typeof data130 == "object" && !Array.isArray(data130)){
for(const key26 in data130){
if(typeof data130[key26] !== "string"){
const err163 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters/" + i17+"/map/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/items/properties/map/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
}
else {
const err164 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters/" + i17+"/map",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/items/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data127.name !== undefined){
if(typeof data127.name !== "string"){
const err165 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters/" + i17+"/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data127.string !== undefined){
if(typeof data127.string !== "string"){
const err166 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters/" + i17+"/string",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/items/properties/string/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
else {
const err167 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters/" + i17,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err168 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err169 = {instancePath:instancePath+"/operation/sync/source/plugin",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data33.ref !== undefined){
if(typeof data33.ref !== "string"){
const err170 = {instancePath:instancePath+"/operation/sync/source/ref",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data33.repoURL !== undefined){
if(typeof data33.repoURL !== "string"){
const err171 = {instancePath:instancePath+"/operation/sync/source/repoURL",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/repoURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data33.tagPrefix !== undefined){
if(typeof data33.tagPrefix !== "string"){
const err172 = {instancePath:instancePath+"/operation/sync/source/tagPrefix",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/tagPrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data33.targetRevision !== undefined){
if(typeof data33.targetRevision !== "string"){
const err173 = {instancePath:instancePath+"/operation/sync/source/targetRevision",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/targetRevision/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err174 = {instancePath:instancePath+"/operation/sync/source",schemaPath:"#/properties/operation/properties/sync/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data18.sources !== undefined){
let data138 = data18.sources;
if(Array.isArray(data138)){
const len19 = data138.length;
for(let i19=0; i19<len19; i19++){
let data139 = data138[i19];
if(data139 && typeof data139 == "object" && !Array.isArray(data139)){
if(data139.repoURL === undefined){
const err175 = {instancePath:instancePath+"/operation/sync/sources/" + i19,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/required",keyword:"required",params:{missingProperty: "repoURL"},message:"must have required property '"+"repoURL"+"'"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
for(const key27 in data139){
if(!(func2.call(schema784.properties.operation.properties.sync.properties.sources.items.properties, key27))){
const err176 = {instancePath:instancePath+"/operation/sync/sources/" + i19,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
if(data139.chart !== undefined){
if(typeof data139.chart !== "string"){
const err177 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/chart",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/chart/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data139.directory !== undefined){
let data141 = data139.directory;
if(data141 && typeof data141 == "object" && !Array.isArray(data141)){
for(const key28 in data141){
if(!(((((key28 === "disableExtensionFilter") || (key28 === "exclude")) || (key28 === "include")) || (key28 === "jsonnet")) || (key28 === "recurse"))){
const err178 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data141.disableExtensionFilter !== undefined){
if(typeof data141.disableExtensionFilter !== "boolean"){
const err179 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/disableExtensionFilter",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/disableExtensionFilter/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data141.exclude !== undefined){
if(typeof data141.exclude !== "string"){
const err180 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/exclude",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/exclude/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data141.include !== undefined){
if(typeof data141.include !== "string"){
const err181 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/include",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/include/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data141.jsonnet !== undefined){
let data145 = data141.jsonnet;
if(data145 && typeof data145 == "object" && !Array.isArray(data145)){
for(const key29 in data145){
if(!(((key29 === "extVars") || (key29 === "libs")) || (key29 === "tlas"))){
const err182 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data145.extVars !== undefined){
let data146 = data145.extVars;
if(Array.isArray(data146)){
const len20 = data146.length;
for(let i20=0; i20<len20; i20++){
let data147 = data146[i20];
if(data147 && typeof data147 == "object" && !Array.isArray(data147)){
if(data147.name === undefined){
const err183 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/extVars/" + i20,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if(data147.value === undefined){
const err184 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/extVars/" + i20,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
for(const key30 in data147){
if(!(((key30 === "code") || (key30 === "name")) || (key30 === "value"))){
const err185 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/extVars/" + i20,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data147.code !== undefined){
if(typeof data147.code !== "boolean"){
const err186 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/extVars/" + i20+"/code",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data147.name !== undefined){
if(typeof data147.name !== "string"){
const err187 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/extVars/" + i20+"/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data147.value !== undefined){
if(typeof data147.value !== "string"){
const err188 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/extVars/" + i20+"/value",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err189 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/extVars/" + i20,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err190 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/extVars",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data145.libs !== undefined){
let data151 = data145.libs;
if(Array.isArray(data151)){
const len21 = data151.length;
for(let i21=0; i21<len21; i21++){
if(typeof data151[i21] !== "string"){
const err191 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/libs/" + i21,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/libs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err192 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/libs",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/libs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data145.tlas !== undefined){
let data153 = data145.tlas;
if(Array.isArray(data153)){
const len22 = data153.length;
for(let i22=0; i22<len22; i22++){
let data154 = data153[i22];
if(data154 && typeof data154 == "object" && !Array.isArray(data154)){
if(data154.name === undefined){
const err193 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/tlas/" + i22,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
if(data154.value === undefined){
const err194 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/tlas/" + i22,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
for(const key31 in data154){
if(!(((key31 === "code") || (key31 === "name")) || (key31 === "value"))){
const err195 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/tlas/" + i22,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data154.code !== undefined){
if(typeof data154.code !== "boolean"){
const err196 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/tlas/" + i22+"/code",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data154.name !== undefined){
if(typeof data154.name !== "string"){
const err197 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/tlas/" + i22+"/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data154.value !== undefined){
if(typeof data154.value !== "string"){
const err198 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/tlas/" + i22+"/value",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err199 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/tlas/" + i22,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err200 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet/tlas",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err201 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/jsonnet",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data141.recurse !== undefined){
if(typeof data141.recurse !== "boolean"){
const err202 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory/recurse",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/recurse/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err203 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/directory",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data139.helm !== undefined){
let data159 = data139.helm;
if(data159 && typeof data159 == "object" && !Array.isArray(data159)){
for(const key32 in data159){
if(!(func2.call(schema784.properties.operation.properties.sync.properties.sources.items.properties.helm.properties, key32))){
const err204 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data159.apiVersions !== undefined){
let data160 = data159.apiVersions;
if(Array.isArray(data160)){
const len23 = data160.length;
for(let i23=0; i23<len23; i23++){
if(typeof data160[i23] !== "string"){
const err205 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/apiVersions/" + i23,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err206 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/apiVersions",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data159.fileParameters !== undefined){
let data162 = data159.fileParameters;
if(Array.isArray(data162)){
const len24 = data162.length;
for(let i24=0; i24<len24; i24++){
let data163 = data162[i24];
if(data163 && typeof data163 == "object" && !Array.isArray(data163)){
for(const key33 in data163){
if(!((key33 === "name") || (key33 === "path"))){
const err207 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/fileParameters/" + i24,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/fileParameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data163.name !== undefined){
if(typeof data163.name !== "string"){
const err208 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/fileParameters/" + i24+"/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/fileParameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data163.path !== undefined){
if(typeof data163.path !== "string"){
const err209 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/fileParameters/" + i24+"/path",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/fileParameters/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
}
else {
const err210 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/fileParameters/" + i24,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/fileParameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
}
else {
const err211 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/fileParameters",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/fileParameters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data159.ignoreMissingValueFiles !== undefined){
if(typeof data159.ignoreMissingValueFiles !== "boolean"){
const err212 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/ignoreMissingValueFiles",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/ignoreMissingValueFiles/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data159.kubeVersion !== undefined){
if(typeof data159.kubeVersion !== "string"){
const err213 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/kubeVersion",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
if(data159.namespace !== undefined){
if(typeof data159.namespace !== "string"){
const err214 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/namespace",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data159.parameters !== undefined){
let data169 = data159.parameters;
if(Array.isArray(data169)){
const len25 = data169.length;
for(let i25=0; i25<len25; i25++){
let data170 = data169[i25];
if(data170 && typeof data170 == "object" && !Array.isArray(data170)){
for(const key34 in data170){
if(!(((key34 === "forceString") || (key34 === "name")) || (key34 === "value"))){
const err215 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/parameters/" + i25,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data170.forceString !== undefined){
if(typeof data170.forceString !== "boolean"){
const err216 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/parameters/" + i25+"/forceString",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/parameters/items/properties/forceString/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data170.name !== undefined){
if(typeof data170.name !== "string"){
const err217 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/parameters/" + i25+"/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data170.value !== undefined){
if(typeof data170.value !== "string"){
const err218 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/parameters/" + i25+"/value",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/parameters/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
}
else {
const err219 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/parameters/" + i25,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err220 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/parameters",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
if(data159.passCredentials !== undefined){
if(typeof data159.passCredentials !== "boolean"){
const err221 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/passCredentials",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/passCredentials/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data159.releaseName !== undefined){
if(typeof data159.releaseName !== "string"){
const err222 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/releaseName",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/releaseName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data159.skipCrds !== undefined){
if(typeof data159.skipCrds !== "boolean"){
const err223 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/skipCrds",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/skipCrds/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
if(data159.skipSchemaValidation !== undefined){
if(typeof data159.skipSchemaValidation !== "boolean"){
const err224 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/skipSchemaValidation",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/skipSchemaValidation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data159.skipTests !== undefined){
if(typeof data159.skipTests !== "boolean"){
const err225 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/skipTests",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/skipTests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data159.valueFiles !== undefined){
let data179 = data159.valueFiles;
if(Array.isArray(data179)){
const len26 = data179.length;
for(let i26=0; i26<len26; i26++){
if(typeof data179[i26] !== "string"){
const err226 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/valueFiles/" + i26,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/valueFiles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err227 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/valueFiles",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/valueFiles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data159.values !== undefined){
if(typeof data159.values !== "string"){
const err228 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/values",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/values/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data159.valuesObject !== undefined){
let data182 = data159.valuesObject;
if(!(data182 && typeof data182 == "object" && !Array.isArray(data182))){
const err229 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/valuesObject",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/valuesObject/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data159.version !== undefined){
if(typeof data159.version !== "string"){
const err230 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm/version",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err231 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/helm",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data139.kustomize !== undefined){
let data184 = data139.kustomize;
if(data184 && typeof data184 == "object" && !Array.isArray(data184)){
for(const key35 in data184){
if(!(func2.call(schema784.properties.operation.properties.sync.properties.sources.items.properties.kustomize.properties, key35))){
const err232 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
if(data184.apiVersions !== undefined){
let data185 = data184.apiVersions;
if(Array.isArray(data185)){
const len27 = data185.length;
for(let i27=0; i27<len27; i27++){
if(typeof data185[i27] !== "string"){
const err233 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/apiVersions/" + i27,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err234 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/apiVersions",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data184.commonAnnotations !== undefined){
let data187 = data184.commonAnnotations;
if(data187 && typeof data187 == "object" && !Array.isArray(data187)){
for(const key36 in data187){
if(typeof data187[key36] !== "string"){
const err235 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/commonAnnotations/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/commonAnnotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err236 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/commonAnnotations",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/commonAnnotations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data184.commonAnnotationsEnvsubst !== undefined){
if(typeof data184.commonAnnotationsEnvsubst !== "boolean"){
const err237 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/commonAnnotationsEnvsubst",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/commonAnnotationsEnvsubst/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data184.commonLabels !== undefined){
let data190 = data184.commonLabels;
if(data190 && typeof data190 == "object" && !Array.isArray(data190)){
for(const key37 in data190){
if(typeof data190[key37] !== "string"){
const err238 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/commonLabels/" + key37.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/commonLabels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err239 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/commonLabels",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/commonLabels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data184.components !== undefined){
let data192 = data184.components;
if(Array.isArray(data192)){
const len28 = data192.length;
for(let i28=0; i28<len28; i28++){
if(typeof data192[i28] !== "string"){
const err240 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/components/" + i28,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/components/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err241 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/components",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data184.forceCommonAnnotations !== undefined){
if(typeof data184.forceCommonAnnotations !== "boolean"){
const err242 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/forceCommonAnnotations",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/forceCommonAnnotations/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
if(data184.forceCommonLabels !== undefined){
if(typeof data184.forceCommonLabels !== "boolean"){
const err243 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/forceCommonLabels",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/forceCommonLabels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data184.ignoreMissingComponents !== undefined){
if(typeof data184.ignoreMissingComponents !== "boolean"){
const err244 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/ignoreMissingComponents",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/ignoreMissingComponents/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
if(data184.images !== undefined){
let data197 = data184.images;
if(Array.isArray(data197)){
const len29 = data197.length;
for(let i29=0; i29<len29; i29++){
if(typeof data197[i29] !== "string"){
const err245 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/images/" + i29,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err246 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/images",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data184.kubeVersion !== undefined){
if(typeof data184.kubeVersion !== "string"){
const err247 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/kubeVersion",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data184.labelIncludeTemplates !== undefined){
if(typeof data184.labelIncludeTemplates !== "boolean"){
const err248 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/labelIncludeTemplates",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/labelIncludeTemplates/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
if(data184.labelWithoutSelector !== undefined){
if(typeof data184.labelWithoutSelector !== "boolean"){
const err249 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/labelWithoutSelector",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/labelWithoutSelector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
if(data184.namePrefix !== undefined){
if(typeof data184.namePrefix !== "string"){
const err250 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/namePrefix",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/namePrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data184.nameSuffix !== undefined){
if(typeof data184.nameSuffix !== "string"){
const err251 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/nameSuffix",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/nameSuffix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data184.namespace !== undefined){
if(typeof data184.namespace !== "string"){
const err252 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/namespace",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data184.patches !== undefined){
let data205 = data184.patches;
if(Array.isArray(data205)){
const len30 = data205.length;
for(let i30=0; i30<len30; i30++){
let data206 = data205[i30];
if(data206 && typeof data206 == "object" && !Array.isArray(data206)){
for(const key38 in data206){
if(!((((key38 === "options") || (key38 === "patch")) || (key38 === "path")) || (key38 === "target"))){
const err253 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/patches/" + i30,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
if(data206.options !== undefined){
let data207 = data206.options;
if(data207 && typeof data207 == "object" && !Array.isArray(data207)){
for(const key39 in data207){
if(typeof data207[key39] !== "boolean"){
const err254 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/patches/" + i30+"/options/" + key39.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/options/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
}
else {
const err255 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/patches/" + i30+"/options",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
if(data206.patch !== undefined){
if(typeof data206.patch !== "string"){
const err256 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/patches/" + i30+"/patch",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/patch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data206.path !== undefined){
if(typeof data206.path !== "string"){
const err257 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/patches/" + i30+"/path",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data206.target !== undefined){
let data211 = data206.target;
if(data211 && typeof data211 == "object" && !Array.isArray(data211)){
for(const key40 in data211){
if(!(((((((key40 === "annotationSelector") || (key40 === "group")) || (key40 === "kind")) || (key40 === "labelSelector")) || (key40 === "name")) || (key40 === "namespace")) || (key40 === "version"))){
const err258 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/patches/" + i30+"/target",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data211.annotationSelector !== undefined){
if(typeof data211.annotationSelector !== "string"){
const err259 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/patches/" + i30+"/target/annotationSelector",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/annotationSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
if(data211.group !== undefined){
if(typeof data211.group !== "string"){
const err260 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/patches/" + i30+"/target/group",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
if(data211.kind !== undefined){
if(typeof data211.kind !== "string"){
const err261 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/patches/" + i30+"/target/kind",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data211.labelSelector !== undefined){
if(typeof data211.labelSelector !== "string"){
const err262 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/patches/" + i30+"/target/labelSelector",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/labelSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
if(data211.name !== undefined){
if(typeof data211.name !== "string"){
const err263 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/patches/" + i30+"/target/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data211.namespace !== undefined){
if(typeof data211.namespace !== "string"){
const err264 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/patches/" + i30+"/target/namespace",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data211.version !== undefined){
if(typeof data211.version !== "string"){
const err265 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/patches/" + i30+"/target/version",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err266 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/patches/" + i30+"/target",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
}
else {
const err267 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/patches/" + i30,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
}
else {
const err268 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/patches",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
if(data184.replicas !== undefined){
let data219 = data184.replicas;
if(Array.isArray(data219)){
const len31 = data219.length;
for(let i31=0; i31<len31; i31++){
let data220 = data219[i31];
if(data220 && typeof data220 == "object" && !Array.isArray(data220)){
if(data220.count === undefined){
const err269 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/replicas/" + i31,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
if(data220.name === undefined){
const err270 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/replicas/" + i31,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
for(const key41 in data220){
if(!((key41 === "count") || (key41 === "name"))){
const err271 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/replicas/" + i31,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data220.count !== undefined){
let data221 = data220.count;
const _errs489 = errors;
let valid107 = false;
const _errs490 = errors;
if(typeof data221 !== "string"){
const err272 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/replicas/" + i31+"/count",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/items/properties/count/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
var _valid1 = _errs490 === errors;
valid107 = valid107 || _valid1;
if(!valid107){
const _errs492 = errors;
if(!((typeof data221 == "number") && (!(data221 % 1) && !isNaN(data221)))){
const err273 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/replicas/" + i31+"/count",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/items/properties/count/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
var _valid1 = _errs492 === errors;
valid107 = valid107 || _valid1;
}
if(!valid107){
const err274 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/replicas/" + i31+"/count",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/items/properties/count/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
else {
errors = _errs489;
if(vErrors !== null){
if(_errs489){
vErrors.length = _errs489;
}
else {
vErrors = null;
}
}
}
}
if(data220.name !== undefined){
if(typeof data220.name !== "string"){
const err275 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/replicas/" + i31+"/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err276 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/replicas/" + i31,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err277 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/replicas",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
if(data184.version !== undefined){
if(typeof data184.version !== "string"){
const err278 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize/version",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
}
else {
const err279 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/kustomize",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
if(data139.name !== undefined){
if(typeof data139.name !== "string"){
const err280 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
if(data139.path !== undefined){
if(typeof data139.path !== "string"){
const err281 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/path",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
if(data139.plugin !== undefined){
let data226 = data139.plugin;
if(data226 && typeof data226 == "object" && !Array.isArray(data226)){
for(const key42 in data226){
if(!(((key42 === "env") || (key42 === "name")) || (key42 === "parameters"))){
const err282 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
if(data226.env !== undefined){
let data227 = data226.env;
if(Array.isArray(data227)){
const len32 = data227.length;
for(let i32=0; i32<len32; i32++){
let data228 = data227[i32];
if(data228 && typeof data228 == "object" && !Array.isArray(data228)){
if(data228.name === undefined){
const err283 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin/env/" + i32,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
if(data228.value === undefined){
const err284 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin/env/" + i32,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
for(const key43 in data228){
if(!((key43 === "name") || (key43 === "value"))){
const err285 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin/env/" + i32,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/env/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
if(data228.name !== undefined){
if(typeof data228.name !== "string"){
const err286 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin/env/" + i32+"/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/env/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(data228.value !== undefined){
if(typeof data228.value !== "string"){
const err287 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin/env/" + i32+"/value",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/env/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err288 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin/env/" + i32,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/env/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
}
else {
const err289 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin/env",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
if(data226.name !== undefined){
if(typeof data226.name !== "string"){
const err290 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
if(data226.parameters !== undefined){
let data232 = data226.parameters;
if(Array.isArray(data232)){
const len33 = data232.length;
for(let i33=0; i33<len33; i33++){
let data233 = data232[i33];
if(data233 && typeof data233 == "object" && !Array.isArray(data233)){
for(const key44 in data233){
if(!((((key44 === "array") || (key44 === "map")) || (key44 === "name")) || (key44 === "string"))){
const err291 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin/parameters/" + i33,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(data233.array !== undefined){
let data234 = data233.array;
if(Array.isArray(data234)){
const len34 = data234.length;
for(let i34=0; i34<len34; i34++){
if(typeof data234[i34] !== "string"){
const err292 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin/parameters/" + i33+"/array/" + i34,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/items/properties/array/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
}
else {
const err293 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin/parameters/" + i33+"/array",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/items/properties/array/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
if(data233.map !== undefined){
let data236 = data233.map;
if(data236 && typeof data236 == "object" && !Array.isArray(data236)){
for(const key45 in data236){
if(typeof data236[key45] !== "string"){
const err294 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin/parameters/" + i33+"/map/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/items/properties/map/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
}
else {
const err295 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin/parameters/" + i33+"/map",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/items/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
if(data233.name !== undefined){
if(typeof data233.name !== "string"){
const err296 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin/parameters/" + i33+"/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
if(data233.string !== undefined){
if(typeof data233.string !== "string"){
const err297 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin/parameters/" + i33+"/string",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/items/properties/string/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
}
else {
const err298 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin/parameters/" + i33,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
}
else {
const err299 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin/parameters",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
}
else {
const err300 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/plugin",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
if(data139.ref !== undefined){
if(typeof data139.ref !== "string"){
const err301 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/ref",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
if(data139.repoURL !== undefined){
if(typeof data139.repoURL !== "string"){
const err302 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/repoURL",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/repoURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
if(data139.tagPrefix !== undefined){
if(typeof data139.tagPrefix !== "string"){
const err303 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/tagPrefix",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/tagPrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
if(data139.targetRevision !== undefined){
if(typeof data139.targetRevision !== "string"){
const err304 = {instancePath:instancePath+"/operation/sync/sources/" + i19+"/targetRevision",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/targetRevision/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
}
else {
const err305 = {instancePath:instancePath+"/operation/sync/sources/" + i19,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
}
else {
const err306 = {instancePath:instancePath+"/operation/sync/sources",schemaPath:"#/properties/operation/properties/sync/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
if(data18.syncOptions !== undefined){
let data244 = data18.syncOptions;
if(Array.isArray(data244)){
const len35 = data244.length;
for(let i35=0; i35<len35; i35++){
if(typeof data244[i35] !== "string"){
const err307 = {instancePath:instancePath+"/operation/sync/syncOptions/" + i35,schemaPath:"#/properties/operation/properties/sync/properties/syncOptions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
}
else {
const err308 = {instancePath:instancePath+"/operation/sync/syncOptions",schemaPath:"#/properties/operation/properties/sync/properties/syncOptions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
if(data18.syncStrategy !== undefined){
let data246 = data18.syncStrategy;
if(data246 && typeof data246 == "object" && !Array.isArray(data246)){
for(const key46 in data246){
if(!((key46 === "apply") || (key46 === "hook"))){
const err309 = {instancePath:instancePath+"/operation/sync/syncStrategy",schemaPath:"#/properties/operation/properties/sync/properties/syncStrategy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
if(data246.apply !== undefined){
let data247 = data246.apply;
if(data247 && typeof data247 == "object" && !Array.isArray(data247)){
for(const key47 in data247){
if(!(key47 === "force")){
const err310 = {instancePath:instancePath+"/operation/sync/syncStrategy/apply",schemaPath:"#/properties/operation/properties/sync/properties/syncStrategy/properties/apply/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
if(data247.force !== undefined){
if(typeof data247.force !== "boolean"){
const err311 = {instancePath:instancePath+"/operation/sync/syncStrategy/apply/force",schemaPath:"#/properties/operation/properties/sync/properties/syncStrategy/properties/apply/properties/force/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
}
else {
const err312 = {instancePath:instancePath+"/operation/sync/syncStrategy/apply",schemaPath:"#/properties/operation/properties/sync/properties/syncStrategy/properties/apply/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
if(data246.hook !== undefined){
let data249 = data246.hook;
if(data249 && typeof data249 == "object" && !Array.isArray(data249)){
for(const key48 in data249){
if(!(key48 === "force")){
const err313 = {instancePath:instancePath+"/operation/sync/syncStrategy/hook",schemaPath:"#/properties/operation/properties/sync/properties/syncStrategy/properties/hook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
if(data249.force !== undefined){
if(typeof data249.force !== "boolean"){
const err314 = {instancePath:instancePath+"/operation/sync/syncStrategy/hook/force",schemaPath:"#/properties/operation/properties/sync/properties/syncStrategy/properties/hook/properties/force/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
}
else {
const err315 = {instancePath:instancePath+"/operation/sync/syncStrategy/hook",schemaPath:"#/properties/operation/properties/sync/properties/syncStrategy/properties/hook/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
}
else {
const err316 = {instancePath:instancePath+"/operation/sync/syncStrategy",schemaPath:"#/properties/operation/properties/sync/properties/syncStrategy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
}
else {
const err317 = {instancePath:instancePath+"/operation/sync",schemaPath:"#/properties/operation/properties/sync/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
}
else {
const err318 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
if(data.spec !== undefined){
let data251 = data.spec;
if(data251 && typeof data251 == "object" && !Array.isArray(data251)){
if(data251.destination === undefined){
const err319 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "destination"},message:"must have required property '"+"destination"+"'"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
if(data251.project === undefined){
const err320 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
for(const key49 in data251){
if(!(func2.call(schema784.properties.spec.properties, key49))){
const err321 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
if(data251.destination !== undefined){
let data252 = data251.destination;
if(data252 && typeof data252 == "object" && !Array.isArray(data252)){
for(const key50 in data252){
if(!(((key50 === "name") || (key50 === "namespace")) || (key50 === "server"))){
const err322 = {instancePath:instancePath+"/spec/destination",schemaPath:"#/properties/spec/properties/destination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
if(data252.name !== undefined){
if(typeof data252.name !== "string"){
const err323 = {instancePath:instancePath+"/spec/destination/name",schemaPath:"#/properties/spec/properties/destination/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
if(data252.namespace !== undefined){
if(typeof data252.namespace !== "string"){
const err324 = {instancePath:instancePath+"/spec/destination/namespace",schemaPath:"#/properties/spec/properties/destination/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
if(data252.server !== undefined){
if(typeof data252.server !== "string"){
const err325 = {instancePath:instancePath+"/spec/destination/server",schemaPath:"#/properties/spec/properties/destination/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
}
}
else {
const err326 = {instancePath:instancePath+"/spec/destination",schemaPath:"#/properties/spec/properties/destination/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
if(data251.ignoreDifferences !== undefined){
let data256 = data251.ignoreDifferences;
if(Array.isArray(data256)){
const len36 = data256.length;
for(let i36=0; i36<len36; i36++){
let data257 = data256[i36];
if(data257 && typeof data257 == "object" && !Array.isArray(data257)){
if(data257.kind === undefined){
const err327 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i36,schemaPath:"#/properties/spec/properties/ignoreDifferences/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
for(const key51 in data257){
if(!(((((((key51 === "group") || (key51 === "jqPathExpressions")) || (key51 === "jsonPointers")) || (key51 === "kind")) || (key51 === "managedFieldsManagers")) || (key51 === "name")) || (key51 === "namespace"))){
const err328 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i36,schemaPath:"#/properties/spec/properties/ignoreDifferences/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
if(data257.group !== undefined){
if(typeof data257.group !== "string"){
const err329 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i36+"/group",schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
if(data257.jqPathExpressions !== undefined){
let data259 = data257.jqPathExpressions;
if(Array.isArray(data259)){
const len37 = data259.length;
for(let i37=0; i37<len37; i37++){
if(typeof data259[i37] !== "string"){
const err330 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i36+"/jqPathExpressions/" + i37,schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/jqPathExpressions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
}
else {
const err331 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i36+"/jqPathExpressions",schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/jqPathExpressions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
if(data257.jsonPointers !== undefined){
let data261 = data257.jsonPointers;
if(Array.isArray(data261)){
const len38 = data261.length;
for(let i38=0; i38<len38; i38++){
if(typeof data261[i38] !== "string"){
const err332 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i36+"/jsonPointers/" + i38,schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/jsonPointers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
}
else {
const err333 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i36+"/jsonPointers",schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/jsonPointers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
if(data257.kind !== undefined){
if(typeof data257.kind !== "string"){
const err334 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i36+"/kind",schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
if(data257.managedFieldsManagers !== undefined){
let data264 = data257.managedFieldsManagers;
if(Array.isArray(data264)){
const len39 = data264.length;
for(let i39=0; i39<len39; i39++){
if(typeof data264[i39] !== "string"){
const err335 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i36+"/managedFieldsManagers/" + i39,schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/managedFieldsManagers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
}
else {
const err336 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i36+"/managedFieldsManagers",schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/managedFieldsManagers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
if(data257.name !== undefined){
if(typeof data257.name !== "string"){
const err337 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i36+"/name",schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
if(data257.namespace !== undefined){
if(typeof data257.namespace !== "string"){
const err338 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i36+"/namespace",schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
}
else {
const err339 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i36,schemaPath:"#/properties/spec/properties/ignoreDifferences/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
}
else {
const err340 = {instancePath:instancePath+"/spec/ignoreDifferences",schemaPath:"#/properties/spec/properties/ignoreDifferences/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
if(data251.info !== undefined){
let data268 = data251.info;
if(Array.isArray(data268)){
const len40 = data268.length;
for(let i40=0; i40<len40; i40++){
let data269 = data268[i40];
if(data269 && typeof data269 == "object" && !Array.isArray(data269)){
if(data269.name === undefined){
const err341 = {instancePath:instancePath+"/spec/info/" + i40,schemaPath:"#/properties/spec/properties/info/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
if(data269.value === undefined){
const err342 = {instancePath:instancePath+"/spec/info/" + i40,schemaPath:"#/properties/spec/properties/info/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
for(const key52 in data269){
if(!((key52 === "name") || (key52 === "value"))){
const err343 = {instancePath:instancePath+"/spec/info/" + i40,schemaPath:"#/properties/spec/properties/info/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key52},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
if(data269.name !== undefined){
if(typeof data269.name !== "string"){
const err344 = {instancePath:instancePath+"/spec/info/" + i40+"/name",schemaPath:"#/properties/spec/properties/info/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
if(data269.value !== undefined){
if(typeof data269.value !== "string"){
const err345 = {instancePath:instancePath+"/spec/info/" + i40+"/value",schemaPath:"#/properties/spec/properties/info/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
}
else {
const err346 = {instancePath:instancePath+"/spec/info/" + i40,schemaPath:"#/properties/spec/properties/info/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
}
else {
const err347 = {instancePath:instancePath+"/spec/info",schemaPath:"#/properties/spec/properties/info/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
if(data251.project !== undefined){
if(typeof data251.project !== "string"){
const err348 = {instancePath:instancePath+"/spec/project",schemaPath:"#/properties/spec/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
if(data251.revisionHistoryLimit !== undefined){
let data273 = data251.revisionHistoryLimit;
if(!((typeof data273 == "number") && (!(data273 % 1) && !isNaN(data273)))){
const err349 = {instancePath:instancePath+"/spec/revisionHistoryLimit",schemaPath:"#/properties/spec/properties/revisionHistoryLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
if(data251.source !== undefined){
let data274 = data251.source;
if(data274 && typeof data274 == "object" && !Array.isArray(data274)){
if(data274.repoURL === undefined){
const err350 = {instancePath:instancePath+"/spec/source",schemaPath:"#/properties/spec/properties/source/required",keyword:"required",params:{missingProperty: "repoURL"},message:"must have required property '"+"repoURL"+"'"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
for(const key53 in data274){
if(!(func2.call(schema784.properties.spec.properties.source.properties, key53))){
const err351 = {instancePath:instancePath+"/spec/source",schemaPath:"#/properties/spec/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
if(data274.chart !== undefined){
if(typeof data274.chart !== "string"){
const err352 = {instancePath:instancePath+"/spec/source/chart",schemaPath:"#/properties/spec/properties/source/properties/chart/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
if(data274.directory !== undefined){
let data276 = data274.directory;
if(data276 && typeof data276 == "object" && !Array.isArray(data276)){
for(const key54 in data276){
if(!(((((key54 === "disableExtensionFilter") || (key54 === "exclude")) || (key54 === "include")) || (key54 === "jsonnet")) || (key54 === "recurse"))){
const err353 = {instancePath:instancePath+"/spec/source/directory",schemaPath:"#/properties/spec/properties/source/properties/directory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
}
if(data276.disableExtensionFilter !== undefined){
if(typeof data276.disableExtensionFilter !== "boolean"){
const err354 = {instancePath:instancePath+"/spec/source/directory/disableExtensionFilter",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/disableExtensionFilter/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
if(data276.exclude !== undefined){
if(typeof data276.exclude !== "string"){
const err355 = {instancePath:instancePath+"/spec/source/directory/exclude",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/exclude/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
if(data276.include !== undefined){
if(typeof data276.include !== "string"){
const err356 = {instancePath:instancePath+"/spec/source/directory/include",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/include/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
if(data276.jsonnet !== undefined){
let data280 = data276.jsonnet;
if(data280 && typeof data280 == "object" && !Array.isArray(data280)){
for(const key55 in data280){
if(!(((key55 === "extVars") || (key55 === "libs")) || (key55 === "tlas"))){
const err357 = {instancePath:instancePath+"/spec/source/directory/jsonnet",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key55},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
if(data280.extVars !== undefined){
let data281 = data280.extVars;
if(Array.isArray(data281)){
const len41 = data281.length;
for(let i41=0; i41<len41; i41++){
let data282 = data281[i41];
if(data282 && typeof data282 == "object" && !Array.isArray(data282)){
if(data282.name === undefined){
const err358 = {instancePath:instancePath+"/spec/source/directory/jsonnet/extVars/" + i41,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
if(data282.value === undefined){
const err359 = {instancePath:instancePath+"/spec/source/directory/jsonnet/extVars/" + i41,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
for(const key56 in data282){
if(!(((key56 === "code") || (key56 === "name")) || (key56 === "value"))){
const err360 = {instancePath:instancePath+"/spec/source/directory/jsonnet/extVars/" + i41,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
if(data282.code !== undefined){
if(typeof data282.code !== "boolean"){
const err361 = {instancePath:instancePath+"/spec/source/directory/jsonnet/extVars/" + i41+"/code",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
if(data282.name !== undefined){
if(typeof data282.name !== "string"){
const err362 = {instancePath:instancePath+"/spec/source/directory/jsonnet/extVars/" + i41+"/name",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
if(data282.value !== undefined){
if(typeof data282.value !== "string"){
const err363 = {instancePath:instancePath+"/spec/source/directory/jsonnet/extVars/" + i41+"/value",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
}
}
else {
const err364 = {instancePath:instancePath+"/spec/source/directory/jsonnet/extVars/" + i41,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
}
else {
const err365 = {instancePath:instancePath+"/spec/source/directory/jsonnet/extVars",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
if(data280.libs !== undefined){
let data286 = data280.libs;
if(Array.isArray(data286)){
const len42 = data286.length;
for(let i42=0; i42<len42; i42++){
if(typeof data286[i42] !== "string"){
const err366 = {instancePath:instancePath+"/spec/source/directory/jsonnet/libs/" + i42,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/libs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
}
else {
const err367 = {instancePath:instancePath+"/spec/source/directory/jsonnet/libs",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/libs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
if(data280.tlas !== undefined){
let data288 = data280.tlas;
if(Array.isArray(data288)){
const len43 = data288.length;
for(let i43=0; i43<len43; i43++){
let data289 = data288[i43];
if(data289 && typeof data289 == "object" && !Array.isArray(data289)){
if(data289.name === undefined){
const err368 = {instancePath:instancePath+"/spec/source/directory/jsonnet/tlas/" + i43,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
if(data289.value === undefined){
const err369 = {instancePath:instancePath+"/spec/source/directory/jsonnet/tlas/" + i43,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
for(const key57 in data289){
if(!(((key57 === "code") || (key57 === "name")) || (key57 === "value"))){
const err370 = {instancePath:instancePath+"/spec/source/directory/jsonnet/tlas/" + i43,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key57},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
if(data289.code !== undefined){
if(typeof data289.code !== "boolean"){
const err371 = {instancePath:instancePath+"/spec/source/directory/jsonnet/tlas/" + i43+"/code",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
if(data289.name !== undefined){
if(typeof data289.name !== "string"){
const err372 = {instancePath:instancePath+"/spec/source/directory/jsonnet/tlas/" + i43+"/name",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
}
if(data289.value !== undefined){
if(typeof data289.value !== "string"){
const err373 = {instancePath:instancePath+"/spec/source/directory/jsonnet/tlas/" + i43+"/value",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
}
}
else {
const err374 = {instancePath:instancePath+"/spec/source/directory/jsonnet/tlas/" + i43,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
}
}
else {
const err375 = {instancePath:instancePath+"/spec/source/directory/jsonnet/tlas",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err376 = {instancePath:instancePath+"/spec/source/directory/jsonnet",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
if(data276.recurse !== undefined){
if(typeof data276.recurse !== "boolean"){
const err377 = {instancePath:instancePath+"/spec/source/directory/recurse",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/recurse/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
}
else {
const err378 = {instancePath:instancePath+"/spec/source/directory",schemaPath:"#/properties/spec/properties/source/properties/directory/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
if(data274.helm !== undefined){
let data294 = data274.helm;
if(data294 && typeof data294 == "object" && !Array.isArray(data294)){
for(const key58 in data294){
if(!(func2.call(schema784.properties.spec.properties.source.properties.helm.properties, key58))){
const err379 = {instancePath:instancePath+"/spec/source/helm",schemaPath:"#/properties/spec/properties/source/properties/helm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key58},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
if(data294.apiVersions !== undefined){
let data295 = data294.apiVersions;
if(Array.isArray(data295)){
const len44 = data295.length;
for(let i44=0; i44<len44; i44++){
if(typeof data295[i44] !== "string"){
const err380 = {instancePath:instancePath+"/spec/source/helm/apiVersions/" + i44,schemaPath:"#/properties/spec/properties/source/properties/helm/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
}
else {
const err381 = {instancePath:instancePath+"/spec/source/helm/apiVersions",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
if(data294.fileParameters !== undefined){
let data297 = data294.fileParameters;
if(Array.isArray(data297)){
const len45 = data297.length;
for(let i45=0; i45<len45; i45++){
let data298 = data297[i45];
if(data298 && typeof data298 == "object" && !Array.isArray(data298)){
for(const key59 in data298){
if(!((key59 === "name") || (key59 === "path"))){
const err382 = {instancePath:instancePath+"/spec/source/helm/fileParameters/" + i45,schemaPath:"#/properties/spec/properties/source/properties/helm/properties/fileParameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key59},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
}
if(data298.name !== undefined){
if(typeof data298.name !== "string"){
const err383 = {instancePath:instancePath+"/spec/source/helm/fileParameters/" + i45+"/name",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/fileParameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
}
if(data298.path !== undefined){
if(typeof data298.path !== "string"){
const err384 = {instancePath:instancePath+"/spec/source/helm/fileParameters/" + i45+"/path",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/fileParameters/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
}
}
else {
const err385 = {instancePath:instancePath+"/spec/source/helm/fileParameters/" + i45,schemaPath:"#/properties/spec/properties/source/properties/helm/properties/fileParameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
}
}
else {
const err386 = {instancePath:instancePath+"/spec/source/helm/fileParameters",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/fileParameters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
}
if(data294.ignoreMissingValueFiles !== undefined){
if(typeof data294.ignoreMissingValueFiles !== "boolean"){
const err387 = {instancePath:instancePath+"/spec/source/helm/ignoreMissingValueFiles",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/ignoreMissingValueFiles/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
if(data294.kubeVersion !== undefined){
if(typeof data294.kubeVersion !== "string"){
const err388 = {instancePath:instancePath+"/spec/source/helm/kubeVersion",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
if(data294.namespace !== undefined){
if(typeof data294.namespace !== "string"){
const err389 = {instancePath:instancePath+"/spec/source/helm/namespace",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
if(data294.parameters !== undefined){
let data304 = data294.parameters;
if(Array.isArray(data304)){
const len46 = data304.length;
for(let i46=0; i46<len46; i46++){
let data305 = data304[i46];
if(data305 && typeof data305 == "object" && !Array.isArray(data305)){
for(const key60 in data305){
if(!(((key60 === "forceString") || (key60 === "name")) || (key60 === "value"))){
const err390 = {instancePath:instancePath+"/spec/source/helm/parameters/" + i46,schemaPath:"#/properties/spec/properties/source/properties/helm/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key60},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
}
if(data305.forceString !== undefined){
if(typeof data305.forceString !== "boolean"){
const err391 = {instancePath:instancePath+"/spec/source/helm/parameters/" + i46+"/forceString",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/parameters/items/properties/forceString/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
if(data305.name !== undefined){
if(typeof data305.name !== "string"){
const err392 = {instancePath:instancePath+"/spec/source/helm/parameters/" + i46+"/name",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
}
if(data305.value !== undefined){
if(typeof data305.value !== "string"){
const err393 = {instancePath:instancePath+"/spec/source/helm/parameters/" + i46+"/value",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/parameters/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
}
}
else {
const err394 = {instancePath:instancePath+"/spec/source/helm/parameters/" + i46,schemaPath:"#/properties/spec/properties/source/properties/helm/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
}
else {
const err395 = {instancePath:instancePath+"/spec/source/helm/parameters",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
if(data294.passCredentials !== undefined){
if(typeof data294.passCredentials !== "boolean"){
const err396 = {instancePath:instancePath+"/spec/source/helm/passCredentials",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/passCredentials/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
if(data294.releaseName !== undefined){
if(typeof data294.releaseName !== "string"){
const err397 = {instancePath:instancePath+"/spec/source/helm/releaseName",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/releaseName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
if(data294.skipCrds !== undefined){
if(typeof data294.skipCrds !== "boolean"){
const err398 = {instancePath:instancePath+"/spec/source/helm/skipCrds",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/skipCrds/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
if(data294.skipSchemaValidation !== undefined){
if(typeof data294.skipSchemaValidation !== "boolean"){
const err399 = {instancePath:instancePath+"/spec/source/helm/skipSchemaValidation",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/skipSchemaValidation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
if(data294.skipTests !== undefined){
if(typeof data294.skipTests !== "boolean"){
const err400 = {instancePath:instancePath+"/spec/source/helm/skipTests",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/skipTests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
if(data294.valueFiles !== undefined){
let data314 = data294.valueFiles;
if(Array.isArray(data314)){
const len47 = data314.length;
for(let i47=0; i47<len47; i47++){
if(typeof data314[i47] !== "string"){
const err401 = {instancePath:instancePath+"/spec/source/helm/valueFiles/" + i47,schemaPath:"#/properties/spec/properties/source/properties/helm/properties/valueFiles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
}
else {
const err402 = {instancePath:instancePath+"/spec/source/helm/valueFiles",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/valueFiles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
if(data294.values !== undefined){
if(typeof data294.values !== "string"){
const err403 = {instancePath:instancePath+"/spec/source/helm/values",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/values/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
}
if(data294.valuesObject !== undefined){
let data317 = data294.valuesObject;
if(!(data317 && typeof data317 == "object" && !Array.isArray(data317))){
const err404 = {instancePath:instancePath+"/spec/source/helm/valuesObject",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/valuesObject/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
}
if(data294.version !== undefined){
if(typeof data294.version !== "string"){
const err405 = {instancePath:instancePath+"/spec/source/helm/version",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err406 = {instancePath:instancePath+"/spec/source/helm",schemaPath:"#/properties/spec/properties/source/properties/helm/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
}
if(data274.kustomize !== undefined){
let data319 = data274.kustomize;
if(data319 && typeof data319 == "object" && !Array.isArray(data319)){
for(const key61 in data319){
if(!(func2.call(schema784.properties.spec.properties.source.properties.kustomize.properties, key61))){
const err407 = {instancePath:instancePath+"/spec/source/kustomize",schemaPath:"#/properties/spec/properties/source/properties/kustomize/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key61},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
if(data319.apiVersions !== undefined){
let data320 = data319.apiVersions;
if(Array.isArray(data320)){
const len48 = data320.length;
for(let i48=0; i48<len48; i48++){
if(typeof data320[i48] !== "string"){
const err408 = {instancePath:instancePath+"/spec/source/kustomize/apiVersions/" + i48,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
}
else {
const err409 = {instancePath:instancePath+"/spec/source/kustomize/apiVersions",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
}
if(data319.commonAnnotations !== undefined){
let data322 = data319.commonAnnotations;
if(data322 && typeof data322 == "object" && !Array.isArray(data322)){
for(const key62 in data322){
if(typeof data322[key62] !== "string"){
const err410 = {instancePath:instancePath+"/spec/source/kustomize/commonAnnotations/" + key62.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/commonAnnotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
}
}
else {
const err411 = {instancePath:instancePath+"/spec/source/kustomize/commonAnnotations",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/commonAnnotations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
}
if(data319.commonAnnotationsEnvsubst !== undefined){
if(typeof data319.commonAnnotationsEnvsubst !== "boolean"){
const err412 = {instancePath:instancePath+"/spec/source/kustomize/commonAnnotationsEnvsubst",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/commonAnnotationsEnvsubst/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
}
if(data319.commonLabels !== undefined){
let data325 = data319.commonLabels;
if(data325 && typeof data325 == "object" && !Array.isArray(data325)){
for(const key63 in data325){
if(typeof data325[key63] !== "string"){
const err413 = {instancePath:instancePath+"/spec/source/kustomize/commonLabels/" + key63.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/commonLabels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
}
}
else {
const err414 = {instancePath:instancePath+"/spec/source/kustomize/commonLabels",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/commonLabels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
}
if(data319.components !== undefined){
let data327 = data319.components;
if(Array.isArray(data327)){
const len49 = data327.length;
for(let i49=0; i49<len49; i49++){
if(typeof data327[i49] !== "string"){
const err415 = {instancePath:instancePath+"/spec/source/kustomize/components/" + i49,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/components/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
}
}
else {
const err416 = {instancePath:instancePath+"/spec/source/kustomize/components",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
}
if(data319.forceCommonAnnotations !== undefined){
if(typeof data319.forceCommonAnnotations !== "boolean"){
const err417 = {instancePath:instancePath+"/spec/source/kustomize/forceCommonAnnotations",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/forceCommonAnnotations/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
}
if(data319.forceCommonLabels !== undefined){
if(typeof data319.forceCommonLabels !== "boolean"){
const err418 = {instancePath:instancePath+"/spec/source/kustomize/forceCommonLabels",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/forceCommonLabels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
}
if(data319.ignoreMissingComponents !== undefined){
if(typeof data319.ignoreMissingComponents !== "boolean"){
const err419 = {instancePath:instancePath+"/spec/source/kustomize/ignoreMissingComponents",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/ignoreMissingComponents/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
if(data319.images !== undefined){
let data332 = data319.images;
if(Array.isArray(data332)){
const len50 = data332.length;
for(let i50=0; i50<len50; i50++){
if(typeof data332[i50] !== "string"){
const err420 = {instancePath:instancePath+"/spec/source/kustomize/images/" + i50,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
}
}
else {
const err421 = {instancePath:instancePath+"/spec/source/kustomize/images",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
}
if(data319.kubeVersion !== undefined){
if(typeof data319.kubeVersion !== "string"){
const err422 = {instancePath:instancePath+"/spec/source/kustomize/kubeVersion",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
}
if(data319.labelIncludeTemplates !== undefined){
if(typeof data319.labelIncludeTemplates !== "boolean"){
const err423 = {instancePath:instancePath+"/spec/source/kustomize/labelIncludeTemplates",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/labelIncludeTemplates/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
}
if(data319.labelWithoutSelector !== undefined){
if(typeof data319.labelWithoutSelector !== "boolean"){
const err424 = {instancePath:instancePath+"/spec/source/kustomize/labelWithoutSelector",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/labelWithoutSelector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
if(data319.namePrefix !== undefined){
if(typeof data319.namePrefix !== "string"){
const err425 = {instancePath:instancePath+"/spec/source/kustomize/namePrefix",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/namePrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
}
if(data319.nameSuffix !== undefined){
if(typeof data319.nameSuffix !== "string"){
const err426 = {instancePath:instancePath+"/spec/source/kustomize/nameSuffix",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/nameSuffix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
}
if(data319.namespace !== undefined){
if(typeof data319.namespace !== "string"){
const err427 = {instancePath:instancePath+"/spec/source/kustomize/namespace",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
}
if(data319.patches !== undefined){
let data340 = data319.patches;
if(Array.isArray(data340)){
const len51 = data340.length;
for(let i51=0; i51<len51; i51++){
let data341 = data340[i51];
if(data341 && typeof data341 == "object" && !Array.isArray(data341)){
for(const key64 in data341){
if(!((((key64 === "options") || (key64 === "patch")) || (key64 === "path")) || (key64 === "target"))){
const err428 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i51,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key64},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
}
if(data341.options !== undefined){
let data342 = data341.options;
if(data342 && typeof data342 == "object" && !Array.isArray(data342)){
for(const key65 in data342){
if(typeof data342[key65] !== "boolean"){
const err429 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i51+"/options/" + key65.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/options/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
}
}
else {
const err430 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i51+"/options",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
}
if(data341.patch !== undefined){
if(typeof data341.patch !== "string"){
const err431 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i51+"/patch",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/patch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
}
if(data341.path !== undefined){
if(typeof data341.path !== "string"){
const err432 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i51+"/path",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
}
if(data341.target !== undefined){
let data346 = data341.target;
if(data346 && typeof data346 == "object" && !Array.isArray(data346)){
for(const key66 in data346){
if(!(((((((key66 === "annotationSelector") || (key66 === "group")) || (key66 === "kind")) || (key66 === "labelSelector")) || (key66 === "name")) || (key66 === "namespace")) || (key66 === "version"))){
const err433 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i51+"/target",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key66},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
}
if(data346.annotationSelector !== undefined){
if(typeof data346.annotationSelector !== "string"){
const err434 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i51+"/target/annotationSelector",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/annotationSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
}
if(data346.group !== undefined){
if(typeof data346.group !== "string"){
const err435 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i51+"/target/group",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
if(data346.kind !== undefined){
if(typeof data346.kind !== "string"){
const err436 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i51+"/target/kind",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
}
if(data346.labelSelector !== undefined){
if(typeof data346.labelSelector !== "string"){
const err437 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i51+"/target/labelSelector",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/labelSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
}
if(data346.name !== undefined){
if(typeof data346.name !== "string"){
const err438 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i51+"/target/name",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
}
if(data346.namespace !== undefined){
if(typeof data346.namespace !== "string"){
const err439 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i51+"/target/namespace",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
}
if(data346.version !== undefined){
if(typeof data346.version !== "string"){
const err440 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i51+"/target/version",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
}
}
else {
const err441 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i51+"/target",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err442 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i51,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err443 = {instancePath:instancePath+"/spec/source/kustomize/patches",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
if(data319.replicas !== undefined){
let data354 = data319.replicas;
if(Array.isArray(data354)){
const len52 = data354.length;
for(let i52=0; i52<len52; i52++){
let data355 = data354[i52];
if(data355 && typeof data355 == "object" && !Array.isArray(data355)){
if(data355.count === undefined){
const err444 = {instancePath:instancePath+"/spec/source/kustomize/replicas/" + i52,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
if(data355.name === undefined){
const err445 = {instancePath:instancePath+"/spec/source/kustomize/replicas/" + i52,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
for(const key67 in data355){
if(!((key67 === "count") || (key67 === "name"))){
const err446 = {instancePath:instancePath+"/spec/source/kustomize/replicas/" + i52,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key67},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
}
if(data355.count !== undefined){
let data356 = data355.count;
const _errs789 = errors;
let valid176 = false;
const _errs790 = errors;
if(typeof data356 !== "string"){
const err447 = {instancePath:instancePath+"/spec/source/kustomize/replicas/" + i52+"/count",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/properties/count/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
var _valid2 = _errs790 === errors;
valid176 = valid176 || _valid2;
if(!valid176){
const _errs792 = errors;
if(!((typeof data356 == "number") && (!(data356 % 1) && !isNaN(data356)))){
const err448 = {instancePath:instancePath+"/spec/source/kustomize/replicas/" + i52+"/count",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/properties/count/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
var _valid2 = _errs792 === errors;
valid176 = valid176 || _valid2;
}
if(!valid176){
const err449 = {instancePath:instancePath+"/spec/source/kustomize/replicas/" + i52+"/count",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/properties/count/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
else {
errors = _errs789;
if(vErrors !== null){
if(_errs789){
vErrors.length = _errs789;
}
else {
vErrors = null;
}
}
}
}
if(data355.name !== undefined){
if(typeof data355.name !== "string"){
const err450 = {instancePath:instancePath+"/spec/source/kustomize/replicas/" + i52+"/name",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err451 = {instancePath:instancePath+"/spec/source/kustomize/replicas/" + i52,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
}
}
else {
const err452 = {instancePath:instancePath+"/spec/source/kustomize/replicas",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
}
if(data319.version !== undefined){
if(typeof data319.version !== "string"){
const err453 = {instancePath:instancePath+"/spec/source/kustomize/version",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
}
}
else {
const err454 = {instancePath:instancePath+"/spec/source/kustomize",schemaPath:"#/properties/spec/properties/source/properties/kustomize/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
}
if(data274.name !== undefined){
if(typeof data274.name !== "string"){
const err455 = {instancePath:instancePath+"/spec/source/name",schemaPath:"#/properties/spec/properties/source/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
}
if(data274.path !== undefined){
if(typeof data274.path !== "string"){
const err456 = {instancePath:instancePath+"/spec/source/path",schemaPath:"#/properties/spec/properties/source/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
}
if(data274.plugin !== undefined){
let data361 = data274.plugin;
if(data361 && typeof data361 == "object" && !Array.isArray(data361)){
for(const key68 in data361){
if(!(((key68 === "env") || (key68 === "name")) || (key68 === "parameters"))){
const err457 = {instancePath:instancePath+"/spec/source/plugin",schemaPath:"#/properties/spec/properties/source/properties/plugin/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key68},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
}
if(data361.env !== undefined){
let data362 = data361.env;
if(Array.isArray(data362)){
const len53 = data362.length;
for(let i53=0; i53<len53; i53++){
let data363 = data362[i53];
if(data363 && typeof data363 == "object" && !Array.isArray(data363)){
if(data363.name === undefined){
const err458 = {instancePath:instancePath+"/spec/source/plugin/env/" + i53,schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
if(data363.value === undefined){
const err459 = {instancePath:instancePath+"/spec/source/plugin/env/" + i53,schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
for(const key69 in data363){
if(!((key69 === "name") || (key69 === "value"))){
const err460 = {instancePath:instancePath+"/spec/source/plugin/env/" + i53,schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/env/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key69},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
}
if(data363.name !== undefined){
if(typeof data363.name !== "string"){
const err461 = {instancePath:instancePath+"/spec/source/plugin/env/" + i53+"/name",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/env/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
}
if(data363.value !== undefined){
if(typeof data363.value !== "string"){
const err462 = {instancePath:instancePath+"/spec/source/plugin/env/" + i53+"/value",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/env/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
}
}
else {
const err463 = {instancePath:instancePath+"/spec/source/plugin/env/" + i53,schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/env/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
}
}
else {
const err464 = {instancePath:instancePath+"/spec/source/plugin/env",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
}
if(data361.name !== undefined){
if(typeof data361.name !== "string"){
const err465 = {instancePath:instancePath+"/spec/source/plugin/name",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
}
if(data361.parameters !== undefined){
let data367 = data361.parameters;
if(Array.isArray(data367)){
const len54 = data367.length;
for(let i54=0; i54<len54; i54++){
let data368 = data367[i54];
if(data368 && typeof data368 == "object" && !Array.isArray(data368)){
for(const key70 in data368){
if(!((((key70 === "array") || (key70 === "map")) || (key70 === "name")) || (key70 === "string"))){
const err466 = {instancePath:instancePath+"/spec/source/plugin/parameters/" + i54,schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key70},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
}
if(data368.array !== undefined){
let data369 = data368.array;
if(Array.isArray(data369)){
const len55 = data369.length;
for(let i55=0; i55<len55; i55++){
if(typeof data369[i55] !== "string"){
const err467 = {instancePath:instancePath+"/spec/source/plugin/parameters/" + i54+"/array/" + i55,schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/array/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err468 = {instancePath:instancePath+"/spec/source/plugin/parameters/" + i54+"/array",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/array/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
}
if(data368.map !== undefined){
let data371 = data368.map;
if(data371 && typeof data371 == "object" && !Array.isArray(data371)){
for(const key71 in data371){
if(typeof data371[key71] !== "string"){
const err469 = {instancePath:instancePath+"/spec/source/plugin/parameters/" + i54+"/map/" + key71.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/map/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
}
}
else {
const err470 = {instancePath:instancePath+"/spec/source/plugin/parameters/" + i54+"/map",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
}
if(data368.name !== undefined){
if(typeof data368.name !== "string"){
const err471 = {instancePath:instancePath+"/spec/source/plugin/parameters/" + i54+"/name",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
}
if(data368.string !== undefined){
if(typeof data368.string !== "string"){
const err472 = {instancePath:instancePath+"/spec/source/plugin/parameters/" + i54+"/string",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/string/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
}
}
else {
const err473 = {instancePath:instancePath+"/spec/source/plugin/parameters/" + i54,schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
}
}
else {
const err474 = {instancePath:instancePath+"/spec/source/plugin/parameters",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
}
}
else {
const err475 = {instancePath:instancePath+"/spec/source/plugin",schemaPath:"#/properties/spec/properties/source/properties/plugin/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
}
if(data274.ref !== undefined){
if(typeof data274.ref !== "string"){
const err476 = {instancePath:instancePath+"/spec/source/ref",schemaPath:"#/properties/spec/properties/source/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
}
if(data274.repoURL !== undefined){
if(typeof data274.repoURL !== "string"){
const err477 = {instancePath:instancePath+"/spec/source/repoURL",schemaPath:"#/properties/spec/properties/source/properties/repoURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
}
if(data274.tagPrefix !== undefined){
if(typeof data274.tagPrefix !== "string"){
const err478 = {instancePath:instancePath+"/spec/source/tagPrefix",schemaPath:"#/properties/spec/properties/source/properties/tagPrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
}
if(data274.targetRevision !== undefined){
if(typeof data274.targetRevision !== "string"){
const err479 = {instancePath:instancePath+"/spec/source/targetRevision",schemaPath:"#/properties/spec/properties/source/properties/targetRevision/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err480 = {instancePath:instancePath+"/spec/source",schemaPath:"#/properties/spec/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
}
if(data251.sourceHydrator !== undefined){
let data379 = data251.sourceHydrator;
if(data379 && typeof data379 == "object" && !Array.isArray(data379)){
if(data379.drySource === undefined){
const err481 = {instancePath:instancePath+"/spec/sourceHydrator",schemaPath:"#/properties/spec/properties/sourceHydrator/required",keyword:"required",params:{missingProperty: "drySource"},message:"must have required property '"+"drySource"+"'"};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
if(data379.syncSource === undefined){
const err482 = {instancePath:instancePath+"/spec/sourceHydrator",schemaPath:"#/properties/spec/properties/sourceHydrator/required",keyword:"required",params:{missingProperty: "syncSource"},message:"must have required property '"+"syncSource"+"'"};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
for(const key72 in data379){
if(!(((key72 === "drySource") || (key72 === "hydrateTo")) || (key72 === "syncSource"))){
const err483 = {instancePath:instancePath+"/spec/sourceHydrator",schemaPath:"#/properties/spec/properties/sourceHydrator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key72},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
}
if(data379.drySource !== undefined){
let data380 = data379.drySource;
if(data380 && typeof data380 == "object" && !Array.isArray(data380)){
if(data380.path === undefined){
const err484 = {instancePath:instancePath+"/spec/sourceHydrator/drySource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
if(data380.repoURL === undefined){
const err485 = {instancePath:instancePath+"/spec/sourceHydrator/drySource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/required",keyword:"required",params:{missingProperty: "repoURL"},message:"must have required property '"+"repoURL"+"'"};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
if(data380.targetRevision === undefined){
const err486 = {instancePath:instancePath+"/spec/sourceHydrator/drySource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/required",keyword:"required",params:{missingProperty: "targetRevision"},message:"must have required property '"+"targetRevision"+"'"};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
for(const key73 in data380){
if(!(((((((key73 === "directory") || (key73 === "helm")) || (key73 === "kustomize")) || (key73 === "path")) || (key73 === "plugin")) || (key73 === "repoURL")) || (key73 === "targetRevision"))){
const err487 = {instancePath:instancePath+"/spec/sourceHydrator/drySource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key73},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
}
if(data380.directory !== undefined){
let data381 = data380.directory;
if(data381 && typeof data381 == "object" && !Array.isArray(data381)){
for(const key74 in data381){
if(!(((((key74 === "disableExtensionFilter") || (key74 === "exclude")) || (key74 === "include")) || (key74 === "jsonnet")) || (key74 === "recurse"))){
const err488 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key74},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
}
}
if(data381.disableExtensionFilter !== undefined){
if(typeof data381.disableExtensionFilter !== "boolean"){
const err489 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/disableExtensionFilter",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/disableExtensionFilter/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
}
if(data381.exclude !== undefined){
if(typeof data381.exclude !== "string"){
const err490 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/exclude",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/exclude/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
}
if(data381.include !== undefined){
if(typeof data381.include !== "string"){
const err491 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/include",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/include/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
}
if(data381.jsonnet !== undefined){
let data385 = data381.jsonnet;
if(data385 && typeof data385 == "object" && !Array.isArray(data385)){
for(const key75 in data385){
if(!(((key75 === "extVars") || (key75 === "libs")) || (key75 === "tlas"))){
const err492 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key75},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
}
}
if(data385.extVars !== undefined){
let data386 = data385.extVars;
if(Array.isArray(data386)){
const len56 = data386.length;
for(let i56=0; i56<len56; i56++){
let data387 = data386[i56];
if(data387 && typeof data387 == "object" && !Array.isArray(data387)){
if(data387.name === undefined){
const err493 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i56,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
if(data387.value === undefined){
const err494 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i56,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
for(const key76 in data387){
if(!(((key76 === "code") || (key76 === "name")) || (key76 === "value"))){
const err495 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i56,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key76},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
}
if(data387.code !== undefined){
if(typeof data387.code !== "boolean"){
const err496 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i56+"/code",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
}
if(data387.name !== undefined){
if(typeof data387.name !== "string"){
const err497 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i56+"/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
}
if(data387.value !== undefined){
if(typeof data387.value !== "string"){
const err498 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i56+"/value",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err498];
}
else {
vErrors.push(err498);
}
errors++;
}
}
}
else {
const err499 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i56,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
}
}
else {
const err500 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/extVars",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err500];
}
else {
vErrors.push(err500);
}
errors++;
}
}
if(data385.libs !== undefined){
let data391 = data385.libs;
if(Array.isArray(data391)){
const len57 = data391.length;
for(let i57=0; i57<len57; i57++){
if(typeof data391[i57] !== "string"){
const err501 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/libs/" + i57,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/libs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err501];
}
else {
vErrors.push(err501);
}
errors++;
}
}
}
else {
const err502 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/libs",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/libs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err502];
}
else {
vErrors.push(err502);
}
errors++;
}
}
if(data385.tlas !== undefined){
let data393 = data385.tlas;
if(Array.isArray(data393)){
const len58 = data393.length;
for(let i58=0; i58<len58; i58++){
let data394 = data393[i58];
if(data394 && typeof data394 == "object" && !Array.isArray(data394)){
if(data394.name === undefined){
const err503 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i58,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err503];
}
else {
vErrors.push(err503);
}
errors++;
}
if(data394.value === undefined){
const err504 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i58,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err504];
}
else {
vErrors.push(err504);
}
errors++;
}
for(const key77 in data394){
if(!(((key77 === "code") || (key77 === "name")) || (key77 === "value"))){
const err505 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i58,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key77},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err505];
}
else {
vErrors.push(err505);
}
errors++;
}
}
if(data394.code !== undefined){
if(typeof data394.code !== "boolean"){
const err506 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i58+"/code",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err506];
}
else {
vErrors.push(err506);
}
errors++;
}
}
if(data394.name !== undefined){
if(typeof data394.name !== "string"){
const err507 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i58+"/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err507];
}
else {
vErrors.push(err507);
}
errors++;
}
}
if(data394.value !== undefined){
if(typeof data394.value !== "string"){
const err508 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i58+"/value",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err508];
}
else {
vErrors.push(err508);
}
errors++;
}
}
}
else {
const err509 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i58,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err509];
}
else {
vErrors.push(err509);
}
errors++;
}
}
}
else {
const err510 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/tlas",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err510];
}
else {
vErrors.push(err510);
}
errors++;
}
}
}
else {
const err511 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err511];
}
else {
vErrors.push(err511);
}
errors++;
}
}
if(data381.recurse !== undefined){
if(typeof data381.recurse !== "boolean"){
const err512 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/recurse",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/recurse/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err512];
}
else {
vErrors.push(err512);
}
errors++;
}
}
}
else {
const err513 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err513];
}
else {
vErrors.push(err513);
}
errors++;
}
}
if(data380.helm !== undefined){
let data399 = data380.helm;
if(data399 && typeof data399 == "object" && !Array.isArray(data399)){
for(const key78 in data399){
if(!(func2.call(schema784.properties.spec.properties.sourceHydrator.properties.drySource.properties.helm.properties, key78))){
const err514 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key78},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err514];
}
else {
vErrors.push(err514);
}
errors++;
}
}
if(data399.apiVersions !== undefined){
let data400 = data399.apiVersions;
if(Array.isArray(data400)){
const len59 = data400.length;
for(let i59=0; i59<len59; i59++){
if(typeof data400[i59] !== "string"){
const err515 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/apiVersions/" + i59,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err515];
}
else {
vErrors.push(err515);
}
errors++;
}
}
}
else {
const err516 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/apiVersions",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err516];
}
else {
vErrors.push(err516);
}
errors++;
}
}
if(data399.fileParameters !== undefined){
let data402 = data399.fileParameters;
if(Array.isArray(data402)){
const len60 = data402.length;
for(let i60=0; i60<len60; i60++){
let data403 = data402[i60];
if(data403 && typeof data403 == "object" && !Array.isArray(data403)){
for(const key79 in data403){
if(!((key79 === "name") || (key79 === "path"))){
const err517 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/fileParameters/" + i60,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/fileParameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key79},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err517];
}
else {
vErrors.push(err517);
}
errors++;
}
}
if(data403.name !== undefined){
if(typeof data403.name !== "string"){
const err518 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/fileParameters/" + i60+"/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/fileParameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err518];
}
else {
vErrors.push(err518);
}
errors++;
}
}
if(data403.path !== undefined){
if(typeof data403.path !== "string"){
const err519 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/fileParameters/" + i60+"/path",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/fileParameters/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err519];
}
else {
vErrors.push(err519);
}
errors++;
}
}
}
else {
const err520 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/fileParameters/" + i60,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/fileParameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err520];
}
else {
vErrors.push(err520);
}
errors++;
}
}
}
else {
const err521 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/fileParameters",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/fileParameters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err521];
}
else {
vErrors.push(err521);
}
errors++;
}
}
if(data399.ignoreMissingValueFiles !== undefined){
if(typeof data399.ignoreMissingValueFiles !== "boolean"){
const err522 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/ignoreMissingValueFiles",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/ignoreMissingValueFiles/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err522];
}
else {
vErrors.push(err522);
}
errors++;
}
}
if(data399.kubeVersion !== undefined){
if(typeof data399.kubeVersion !== "string"){
const err523 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/kubeVersion",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err523];
}
else {
vErrors.push(err523);
}
errors++;
}
}
if(data399.namespace !== undefined){
if(typeof data399.namespace !== "string"){
const err524 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/namespace",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err524];
}
else {
vErrors.push(err524);
}
errors++;
}
}
if(data399.parameters !== undefined){
let data409 = data399.parameters;
if(Array.isArray(data409)){
const len61 = data409.length;
for(let i61=0; i61<len61; i61++){
let data410 = data409[i61];
if(data410 && typeof data410 == "object" && !Array.isArray(data410)){
for(const key80 in data410){
if(!(((key80 === "forceString") || (key80 === "name")) || (key80 === "value"))){
const err525 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/parameters/" + i61,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key80},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err525];
}
else {
vErrors.push(err525);
}
errors++;
}
}
if(data410.forceString !== undefined){
if(typeof data410.forceString !== "boolean"){
const err526 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/parameters/" + i61+"/forceString",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/parameters/items/properties/forceString/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err526];
}
else {
vErrors.push(err526);
}
errors++;
}
}
if(data410.name !== undefined){
if(typeof data410.name !== "string"){
const err527 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/parameters/" + i61+"/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err527];
}
else {
vErrors.push(err527);
}
errors++;
}
}
if(data410.value !== undefined){
if(typeof data410.value !== "string"){
const err528 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/parameters/" + i61+"/value",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/parameters/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err528];
}
else {
vErrors.push(err528);
}
errors++;
}
}
}
else {
const err529 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/parameters/" + i61,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err529];
}
else {
vErrors.push(err529);
}
errors++;
}
}
}
else {
const err530 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/parameters",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err530];
}
else {
vErrors.push(err530);
}
errors++;
}
}
if(data399.passCredentials !== undefined){
if(typeof data399.passCredentials !== "boolean"){
const err531 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/passCredentials",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/passCredentials/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err531];
}
else {
vErrors.push(err531);
}
errors++;
}
}
if(data399.releaseName !== undefined){
if(typeof data399.releaseName !== "string"){
const err532 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/releaseName",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/releaseName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err532];
}
else {
vErrors.push(err532);
}
errors++;
}
}
if(data399.skipCrds !== undefined){
if(typeof data399.skipCrds !== "boolean"){
const err533 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/skipCrds",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/skipCrds/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err533];
}
else {
vErrors.push(err533);
}
errors++;
}
}
if(data399.skipSchemaValidation !== undefined){
if(typeof data399.skipSchemaValidation !== "boolean"){
const err534 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/skipSchemaValidation",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/skipSchemaValidation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err534];
}
else {
vErrors.push(err534);
}
errors++;
}
}
if(data399.skipTests !== undefined){
if(typeof data399.skipTests !== "boolean"){
const err535 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/skipTests",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/skipTests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err535];
}
else {
vErrors.push(err535);
}
errors++;
}
}
if(data399.valueFiles !== undefined){
let data419 = data399.valueFiles;
if(Array.isArray(data419)){
const len62 = data419.length;
for(let i62=0; i62<len62; i62++){
if(typeof data419[i62] !== "string"){
const err536 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/valueFiles/" + i62,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/valueFiles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err536];
}
else {
vErrors.push(err536);
}
errors++;
}
}
}
else {
const err537 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/valueFiles",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/valueFiles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err537];
}
else {
vErrors.push(err537);
}
errors++;
}
}
if(data399.values !== undefined){
if(typeof data399.values !== "string"){
const err538 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/values",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/values/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err538];
}
else {
vErrors.push(err538);
}
errors++;
}
}
if(data399.valuesObject !== undefined){
let data422 = data399.valuesObject;
if(!(data422 && typeof data422 == "object" && !Array.isArray(data422))){
const err539 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/valuesObject",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/valuesObject/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err539];
}
else {
vErrors.push(err539);
}
errors++;
}
}
if(data399.version !== undefined){
if(typeof data399.version !== "string"){
const err540 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/version",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err540];
}
else {
vErrors.push(err540);
}
errors++;
}
}
}
else {
const err541 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err541];
}
else {
vErrors.push(err541);
}
errors++;
}
}
if(data380.kustomize !== undefined){
let data424 = data380.kustomize;
if(data424 && typeof data424 == "object" && !Array.isArray(data424)){
for(const key81 in data424){
if(!(func2.call(schema784.properties.spec.properties.sourceHydrator.properties.drySource.properties.kustomize.properties, key81))){
const err542 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key81},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err542];
}
else {
vErrors.push(err542);
}
errors++;
}
}
if(data424.apiVersions !== undefined){
let data425 = data424.apiVersions;
if(Array.isArray(data425)){
const len63 = data425.length;
for(let i63=0; i63<len63; i63++){
if(typeof data425[i63] !== "string"){
const err543 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/apiVersions/" + i63,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err543];
}
else {
vErrors.push(err543);
}
errors++;
}
}
}
else {
const err544 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/apiVersions",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err544];
}
else {
vErrors.push(err544);
}
errors++;
}
}
if(data424.commonAnnotations !== undefined){
let data427 = data424.commonAnnotations;
if(data427 && typeof data427 == "object" && !Array.isArray(data427)){
for(const key82 in data427){
if(typeof data427[key82] !== "string"){
const err545 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/commonAnnotations/" + key82.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/commonAnnotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err545];
}
else {
vErrors.push(err545);
}
errors++;
}
}
}
else {
const err546 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/commonAnnotations",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/commonAnnotations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err546];
}
else {
vErrors.push(err546);
}
errors++;
}
}
if(data424.commonAnnotationsEnvsubst !== undefined){
if(typeof data424.commonAnnotationsEnvsubst !== "boolean"){
const err547 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/commonAnnotationsEnvsubst",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/commonAnnotationsEnvsubst/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err547];
}
else {
vErrors.push(err547);
}
errors++;
}
}
if(data424.commonLabels !== undefined){
let data430 = data424.commonLabels;
if(data430 && typeof data430 == "object" && !Array.isArray(data430)){
for(const key83 in data430){
if(typeof data430[key83] !== "string"){
const err548 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/commonLabels/" + key83.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/commonLabels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err548];
}
else {
vErrors.push(err548);
}
errors++;
}
}
}
else {
const err549 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/commonLabels",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/commonLabels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err549];
}
else {
vErrors.push(err549);
}
errors++;
}
}
if(data424.components !== undefined){
let data432 = data424.components;
if(Array.isArray(data432)){
const len64 = data432.length;
for(let i64=0; i64<len64; i64++){
if(typeof data432[i64] !== "string"){
const err550 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/components/" + i64,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/components/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err550];
}
else {
vErrors.push(err550);
}
errors++;
}
}
}
else {
const err551 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/components",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err551];
}
else {
vErrors.push(err551);
}
errors++;
}
}
if(data424.forceCommonAnnotations !== undefined){
if(typeof data424.forceCommonAnnotations !== "boolean"){
const err552 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/forceCommonAnnotations",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/forceCommonAnnotations/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err552];
}
else {
vErrors.push(err552);
}
errors++;
}
}
if(data424.forceCommonLabels !== undefined){
if(typeof data424.forceCommonLabels !== "boolean"){
const err553 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/forceCommonLabels",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/forceCommonLabels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err553];
}
else {
vErrors.push(err553);
}
errors++;
}
}
if(data424.ignoreMissingComponents !== undefined){
if(typeof data424.ignoreMissingComponents !== "boolean"){
const err554 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/ignoreMissingComponents",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/ignoreMissingComponents/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err554];
}
else {
vErrors.push(err554);
}
errors++;
}
}
if(data424.images !== undefined){
let data437 = data424.images;
if(Array.isArray(data437)){
const len65 = data437.length;
for(let i65=0; i65<len65; i65++){
if(typeof data437[i65] !== "string"){
const err555 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/images/" + i65,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err555];
}
else {
vErrors.push(err555);
}
errors++;
}
}
}
else {
const err556 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/images",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err556];
}
else {
vErrors.push(err556);
}
errors++;
}
}
if(data424.kubeVersion !== undefined){
if(typeof data424.kubeVersion !== "string"){
const err557 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/kubeVersion",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err557];
}
else {
vErrors.push(err557);
}
errors++;
}
}
if(data424.labelIncludeTemplates !== undefined){
if(typeof data424.labelIncludeTemplates !== "boolean"){
const err558 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/labelIncludeTemplates",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/labelIncludeTemplates/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err558];
}
else {
vErrors.push(err558);
}
errors++;
}
}
if(data424.labelWithoutSelector !== undefined){
if(typeof data424.labelWithoutSelector !== "boolean"){
const err559 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/labelWithoutSelector",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/labelWithoutSelector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err559];
}
else {
vErrors.push(err559);
}
errors++;
}
}
if(data424.namePrefix !== undefined){
if(typeof data424.namePrefix !== "string"){
const err560 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/namePrefix",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/namePrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err560];
}
else {
vErrors.push(err560);
}
errors++;
}
}
if(data424.nameSuffix !== undefined){
if(typeof data424.nameSuffix !== "string"){
const err561 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/nameSuffix",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/nameSuffix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err561];
}
else {
vErrors.push(err561);
}
errors++;
}
}
if(data424.namespace !== undefined){
if(typeof data424.namespace !== "string"){
const err562 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/namespace",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err562];
}
else {
vErrors.push(err562);
}
errors++;
}
}
if(data424.patches !== undefined){
let data445 = data424.patches;
if(Array.isArray(data445)){
const len66 = data445.length;
for(let i66=0; i66<len66; i66++){
let data446 = data445[i66];
if(data446 && typeof data446 == "object" && !Array.isArray(data446)){
for(const key84 in data446){
if(!((((key84 === "options") || (key84 === "patch")) || (key84 === "path")) || (key84 === "target"))){
const err563 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i66,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key84},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err563];
}
else {
vErrors.push(err563);
}
errors++;
}
}
if(data446.options !== undefined){
let data447 = data446.options;
if(data447 && typeof data447 == "object" && !Array.isArray(data447)){
for(const key85 in data447){
if(typeof data447[key85] !== "boolean"){
const err564 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i66+"/options/" + key85.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/options/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err564];
}
else {
vErrors.push(err564);
}
errors++;
}
}
}
else {
const err565 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i66+"/options",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err565];
}
else {
vErrors.push(err565);
}
errors++;
}
}
if(data446.patch !== undefined){
if(typeof data446.patch !== "string"){
const err566 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i66+"/patch",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/patch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err566];
}
else {
vErrors.push(err566);
}
errors++;
}
}
if(data446.path !== undefined){
if(typeof data446.path !== "string"){
const err567 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i66+"/path",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err567];
}
else {
vErrors.push(err567);
}
errors++;
}
}
if(data446.target !== undefined){
let data451 = data446.target;
if(data451 && typeof data451 == "object" && !Array.isArray(data451)){
for(const key86 in data451){
if(!(((((((key86 === "annotationSelector") || (key86 === "group")) || (key86 === "kind")) || (key86 === "labelSelector")) || (key86 === "name")) || (key86 === "namespace")) || (key86 === "version"))){
const err568 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i66+"/target",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key86},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err568];
}
else {
vErrors.push(err568);
}
errors++;
}
}
if(data451.annotationSelector !== undefined){
if(typeof data451.annotationSelector !== "string"){
const err569 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i66+"/target/annotationSelector",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/annotationSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err569];
}
else {
vErrors.push(err569);
}
errors++;
}
}
if(data451.group !== undefined){
if(typeof data451.group !== "string"){
const err570 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i66+"/target/group",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err570];
}
else {
vErrors.push(err570);
}
errors++;
}
}
if(data451.kind !== undefined){
if(typeof data451.kind !== "string"){
const err571 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i66+"/target/kind",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err571];
}
else {
vErrors.push(err571);
}
errors++;
}
}
if(data451.labelSelector !== undefined){
if(typeof data451.labelSelector !== "string"){
const err572 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i66+"/target/labelSelector",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/labelSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err572];
}
else {
vErrors.push(err572);
}
errors++;
}
}
if(data451.name !== undefined){
if(typeof data451.name !== "string"){
const err573 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i66+"/target/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err573];
}
else {
vErrors.push(err573);
}
errors++;
}
}
if(data451.namespace !== undefined){
if(typeof data451.namespace !== "string"){
const err574 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i66+"/target/namespace",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err574];
}
else {
vErrors.push(err574);
}
errors++;
}
}
if(data451.version !== undefined){
if(typeof data451.version !== "string"){
const err575 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i66+"/target/version",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err575];
}
else {
vErrors.push(err575);
}
errors++;
}
}
}
else {
const err576 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i66+"/target",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err576];
}
else {
vErrors.push(err576);
}
errors++;
}
}
}
else {
const err577 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i66,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err577];
}
else {
vErrors.push(err577);
}
errors++;
}
}
}
else {
const err578 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err578];
}
else {
vErrors.push(err578);
}
errors++;
}
}
if(data424.replicas !== undefined){
let data459 = data424.replicas;
if(Array.isArray(data459)){
const len67 = data459.length;
for(let i67=0; i67<len67; i67++){
let data460 = data459[i67];
if(data460 && typeof data460 == "object" && !Array.isArray(data460)){
if(data460.count === undefined){
const err579 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas/" + i67,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err579];
}
else {
vErrors.push(err579);
}
errors++;
}
if(data460.name === undefined){
const err580 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas/" + i67,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err580];
}
else {
vErrors.push(err580);
}
errors++;
}
for(const key87 in data460){
if(!((key87 === "count") || (key87 === "name"))){
const err581 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas/" + i67,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key87},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err581];
}
else {
vErrors.push(err581);
}
errors++;
}
}
if(data460.count !== undefined){
let data461 = data460.count;
const _errs1023 = errors;
let valid227 = false;
const _errs1024 = errors;
if(typeof data461 !== "string"){
const err582 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas/" + i67+"/count",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/properties/count/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err582];
}
else {
vErrors.push(err582);
}
errors++;
}
var _valid3 = _errs1024 === errors;
valid227 = valid227 || _valid3;
if(!valid227){
const _errs1026 = errors;
if(!((typeof data461 == "number") && (!(data461 % 1) && !isNaN(data461)))){
const err583 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas/" + i67+"/count",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/properties/count/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err583];
}
else {
vErrors.push(err583);
}
errors++;
}
var _valid3 = _errs1026 === errors;
valid227 = valid227 || _valid3;
}
if(!valid227){
const err584 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas/" + i67+"/count",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/properties/count/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err584];
}
else {
vErrors.push(err584);
}
errors++;
}
else {
errors = _errs1023;
if(vErrors !== null){
if(_errs1023){
vErrors.length = _errs1023;
}
else {
vErrors = null;
}
}
}
}
if(data460.name !== undefined){
if(typeof data460.name !== "string"){
const err585 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas/" + i67+"/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err585];
}
else {
vErrors.push(err585);
}
errors++;
}
}
}
else {
const err586 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas/" + i67,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err586];
}
else {
vErrors.push(err586);
}
errors++;
}
}
}
else {
const err587 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err587];
}
else {
vErrors.push(err587);
}
errors++;
}
}
if(data424.version !== undefined){
if(typeof data424.version !== "string"){
const err588 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/version",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err588];
}
else {
vErrors.push(err588);
}
errors++;
}
}
}
else {
const err589 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err589];
}
else {
vErrors.push(err589);
}
errors++;
}
}
if(data380.path !== undefined){
if(typeof data380.path !== "string"){
const err590 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/path",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err590];
}
else {
vErrors.push(err590);
}
errors++;
}
}
if(data380.plugin !== undefined){
let data465 = data380.plugin;
if(data465 && typeof data465 == "object" && !Array.isArray(data465)){
for(const key88 in data465){
if(!(((key88 === "env") || (key88 === "name")) || (key88 === "parameters"))){
const err591 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key88},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err591];
}
else {
vErrors.push(err591);
}
errors++;
}
}
if(data465.env !== undefined){
let data466 = data465.env;
if(Array.isArray(data466)){
const len68 = data466.length;
for(let i68=0; i68<len68; i68++){
let data467 = data466[i68];
if(data467 && typeof data467 == "object" && !Array.isArray(data467)){
if(data467.name === undefined){
const err592 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/env/" + i68,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err592];
}
else {
vErrors.push(err592);
}
errors++;
}
if(data467.value === undefined){
const err593 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/env/" + i68,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err593];
}
else {
vErrors.push(err593);
}
errors++;
}
for(const key89 in data467){
if(!((key89 === "name") || (key89 === "value"))){
const err594 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/env/" + i68,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key89},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err594];
}
else {
vErrors.push(err594);
}
errors++;
}
}
if(data467.name !== undefined){
if(typeof data467.name !== "string"){
const err595 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/env/" + i68+"/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err595];
}
else {
vErrors.push(err595);
}
errors++;
}
}
if(data467.value !== undefined){
if(typeof data467.value !== "string"){
const err596 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/env/" + i68+"/value",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err596];
}
else {
vErrors.push(err596);
}
errors++;
}
}
}
else {
const err597 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/env/" + i68,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err597];
}
else {
vErrors.push(err597);
}
errors++;
}
}
}
else {
const err598 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/env",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err598];
}
else {
vErrors.push(err598);
}
errors++;
}
}
if(data465.name !== undefined){
if(typeof data465.name !== "string"){
const err599 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err599];
}
else {
vErrors.push(err599);
}
errors++;
}
}
if(data465.parameters !== undefined){
let data471 = data465.parameters;
if(Array.isArray(data471)){
const len69 = data471.length;
for(let i69=0; i69<len69; i69++){
let data472 = data471[i69];
if(data472 && typeof data472 == "object" && !Array.isArray(data472)){
for(const key90 in data472){
if(!((((key90 === "array") || (key90 === "map")) || (key90 === "name")) || (key90 === "string"))){
const err600 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters/" + i69,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key90},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err600];
}
else {
vErrors.push(err600);
}
errors++;
}
}
if(data472.array !== undefined){
let data473 = data472.array;
if(Array.isArray(data473)){
const len70 = data473.length;
for(let i70=0; i70<len70; i70++){
if(typeof data473[i70] !== "string"){
const err601 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters/" + i69+"/array/" + i70,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/array/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err601];
}
else {
vErrors.push(err601);
}
errors++;
}
}
}
else {
const err602 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters/" + i69+"/array",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/array/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err602];
}
else {
vErrors.push(err602);
}
errors++;
}
}
if(data472.map !== undefined){
let data475 = data472.map;
if(data475 && typeof data475 == "object" && !Array.isArray(data475)){
for(const key91 in data475){
if(typeof data475[key91] !== "string"){
const err603 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters/" + i69+"/map/" + key91.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/map/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err603];
}
else {
vErrors.push(err603);
}
errors++;
}
}
}
else {
const err604 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters/" + i69+"/map",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err604];
}
else {
vErrors.push(err604);
}
errors++;
}
}
if(data472.name !== undefined){
if(typeof data472.name !== "string"){
const err605 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters/" + i69+"/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err605];
}
else {
vErrors.push(err605);
}
errors++;
}
}
if(data472.string !== undefined){
if(typeof data472.string !== "string"){
const err606 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters/" + i69+"/string",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/string/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err606];
}
else {
vErrors.push(err606);
}
errors++;
}
}
}
else {
const err607 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters/" + i69,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err607];
}
else {
vErrors.push(err607);
}
errors++;
}
}
}
else {
const err608 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err608];
}
else {
vErrors.push(err608);
}
errors++;
}
}
}
else {
const err609 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err609];
}
else {
vErrors.push(err609);
}
errors++;
}
}
if(data380.repoURL !== undefined){
if(typeof data380.repoURL !== "string"){
const err610 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/repoURL",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/repoURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err610];
}
else {
vErrors.push(err610);
}
errors++;
}
}
if(data380.targetRevision !== undefined){
if(typeof data380.targetRevision !== "string"){
const err611 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/targetRevision",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/targetRevision/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err611];
}
else {
vErrors.push(err611);
}
errors++;
}
}
}
else {
const err612 = {instancePath:instancePath+"/spec/sourceHydrator/drySource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err612];
}
else {
vErrors.push(err612);
}
errors++;
}
}
if(data379.hydrateTo !== undefined){
let data481 = data379.hydrateTo;
if(data481 && typeof data481 == "object" && !Array.isArray(data481)){
if(data481.targetBranch === undefined){
const err613 = {instancePath:instancePath+"/spec/sourceHydrator/hydrateTo",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/hydrateTo/required",keyword:"required",params:{missingProperty: "targetBranch"},message:"must have required property '"+"targetBranch"+"'"};
if(vErrors === null){
vErrors = [err613];
}
else {
vErrors.push(err613);
}
errors++;
}
for(const key92 in data481){
if(!(key92 === "targetBranch")){
const err614 = {instancePath:instancePath+"/spec/sourceHydrator/hydrateTo",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/hydrateTo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key92},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err614];
}
else {
vErrors.push(err614);
}
errors++;
}
}
if(data481.targetBranch !== undefined){
if(typeof data481.targetBranch !== "string"){
const err615 = {instancePath:instancePath+"/spec/sourceHydrator/hydrateTo/targetBranch",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/hydrateTo/properties/targetBranch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err615];
}
else {
vErrors.push(err615);
}
errors++;
}
}
}
else {
const err616 = {instancePath:instancePath+"/spec/sourceHydrator/hydrateTo",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/hydrateTo/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err616];
}
else {
vErrors.push(err616);
}
errors++;
}
}
if(data379.syncSource !== undefined){
let data483 = data379.syncSource;
if(data483 && typeof data483 == "object" && !Array.isArray(data483)){
if(data483.path === undefined){
const err617 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err617];
}
else {
vErrors.push(err617);
}
errors++;
}
if(data483.targetBranch === undefined){
const err618 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/required",keyword:"required",params:{missingProperty: "targetBranch"},message:"must have required property '"+"targetBranch"+"'"};
if(vErrors === null){
vErrors = [err618];
}
else {
vErrors.push(err618);
}
errors++;
}
for(const key93 in data483){
if(!(((key93 === "path") || (key93 === "repoURL")) || (key93 === "targetBranch"))){
const err619 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key93},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err619];
}
else {
vErrors.push(err619);
}
errors++;
}
}
if(data483.path !== undefined){
let data484 = data483.path;
if(typeof data484 === "string"){
if(func61(data484) < 1){
const err620 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource/path",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err620];
}
else {
vErrors.push(err620);
}
errors++;
}
if(!pattern1.test(data484)){
const err621 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource/path",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/properties/path/pattern",keyword:"pattern",params:{pattern: "^.{2,}|[^./]$"},message:"must match pattern \""+"^.{2,}|[^./]$"+"\""};
if(vErrors === null){
vErrors = [err621];
}
else {
vErrors.push(err621);
}
errors++;
}
}
else {
const err622 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource/path",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err622];
}
else {
vErrors.push(err622);
}
errors++;
}
}
if(data483.repoURL !== undefined){
if(typeof data483.repoURL !== "string"){
const err623 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource/repoURL",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/properties/repoURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err623];
}
else {
vErrors.push(err623);
}
errors++;
}
}
if(data483.targetBranch !== undefined){
if(typeof data483.targetBranch !== "string"){
const err624 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource/targetBranch",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/properties/targetBranch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err624];
}
else {
vErrors.push(err624);
}
errors++;
}
}
}
else {
const err625 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err625];
}
else {
vErrors.push(err625);
}
errors++;
}
}
}
else {
const err626 = {instancePath:instancePath+"/spec/sourceHydrator",schemaPath:"#/properties/spec/properties/sourceHydrator/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err626];
}
else {
vErrors.push(err626);
}
errors++;
}
}
if(data251.sources !== undefined){
let data487 = data251.sources;
if(Array.isArray(data487)){
const len71 = data487.length;
for(let i71=0; i71<len71; i71++){
let data488 = data487[i71];
if(data488 && typeof data488 == "object" && !Array.isArray(data488)){
if(data488.repoURL === undefined){
const err627 = {instancePath:instancePath+"/spec/sources/" + i71,schemaPath:"#/properties/spec/properties/sources/items/required",keyword:"required",params:{missingProperty: "repoURL"},message:"must have required property '"+"repoURL"+"'"};
if(vErrors === null){
vErrors = [err627];
}
else {
vErrors.push(err627);
}
errors++;
}
for(const key94 in data488){
if(!(func2.call(schema784.properties.spec.properties.sources.items.properties, key94))){
const err628 = {instancePath:instancePath+"/spec/sources/" + i71,schemaPath:"#/properties/spec/properties/sources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key94},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err628];
}
else {
vErrors.push(err628);
}
errors++;
}
}
if(data488.chart !== undefined){
if(typeof data488.chart !== "string"){
const err629 = {instancePath:instancePath+"/spec/sources/" + i71+"/chart",schemaPath:"#/properties/spec/properties/sources/items/properties/chart/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err629];
}
else {
vErrors.push(err629);
}
errors++;
}
}
if(data488.directory !== undefined){
let data490 = data488.directory;
if(data490 && typeof data490 == "object" && !Array.isArray(data490)){
for(const key95 in data490){
if(!(((((key95 === "disableExtensionFilter") || (key95 === "exclude")) || (key95 === "include")) || (key95 === "jsonnet")) || (key95 === "recurse"))){
const err630 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key95},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err630];
}
else {
vErrors.push(err630);
}
errors++;
}
}
if(data490.disableExtensionFilter !== undefined){
if(typeof data490.disableExtensionFilter !== "boolean"){
const err631 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/disableExtensionFilter",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/disableExtensionFilter/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err631];
}
else {
vErrors.push(err631);
}
errors++;
}
}
if(data490.exclude !== undefined){
if(typeof data490.exclude !== "string"){
const err632 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/exclude",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/exclude/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err632];
}
else {
vErrors.push(err632);
}
errors++;
}
}
if(data490.include !== undefined){
if(typeof data490.include !== "string"){
const err633 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/include",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/include/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err633];
}
else {
vErrors.push(err633);
}
errors++;
}
}
if(data490.jsonnet !== undefined){
let data494 = data490.jsonnet;
if(data494 && typeof data494 == "object" && !Array.isArray(data494)){
for(const key96 in data494){
if(!(((key96 === "extVars") || (key96 === "libs")) || (key96 === "tlas"))){
const err634 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key96},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err634];
}
else {
vErrors.push(err634);
}
errors++;
}
}
if(data494.extVars !== undefined){
let data495 = data494.extVars;
if(Array.isArray(data495)){
const len72 = data495.length;
for(let i72=0; i72<len72; i72++){
let data496 = data495[i72];
if(data496 && typeof data496 == "object" && !Array.isArray(data496)){
if(data496.name === undefined){
const err635 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/extVars/" + i72,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err635];
}
else {
vErrors.push(err635);
}
errors++;
}
if(data496.value === undefined){
const err636 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/extVars/" + i72,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err636];
}
else {
vErrors.push(err636);
}
errors++;
}
for(const key97 in data496){
if(!(((key97 === "code") || (key97 === "name")) || (key97 === "value"))){
const err637 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/extVars/" + i72,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key97},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err637];
}
else {
vErrors.push(err637);
}
errors++;
}
}
if(data496.code !== undefined){
if(typeof data496.code !== "boolean"){
const err638 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/extVars/" + i72+"/code",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err638];
}
else {
vErrors.push(err638);
}
errors++;
}
}
if(data496.name !== undefined){
if(typeof data496.name !== "string"){
const err639 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/extVars/" + i72+"/name",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err639];
}
else {
vErrors.push(err639);
}
errors++;
}
}
if(data496.value !== undefined){
if(typeof data496.value !== "string"){
const err640 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/extVars/" + i72+"/value",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err640];
}
else {
vErrors.push(err640);
}
errors++;
}
}
}
else {
const err641 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/extVars/" + i72,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err641];
}
else {
vErrors.push(err641);
}
errors++;
}
}
}
else {
const err642 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/extVars",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err642];
}
else {
vErrors.push(err642);
}
errors++;
}
}
if(data494.libs !== undefined){
let data500 = data494.libs;
if(Array.isArray(data500)){
const len73 = data500.length;
for(let i73=0; i73<len73; i73++){
if(typeof data500[i73] !== "string"){
const err643 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/libs/" + i73,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/libs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err643];
}
else {
vErrors.push(err643);
}
errors++;
}
}
}
else {
const err644 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/libs",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/libs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err644];
}
else {
vErrors.push(err644);
}
errors++;
}
}
if(data494.tlas !== undefined){
let data502 = data494.tlas;
if(Array.isArray(data502)){
const len74 = data502.length;
for(let i74=0; i74<len74; i74++){
let data503 = data502[i74];
if(data503 && typeof data503 == "object" && !Array.isArray(data503)){
if(data503.name === undefined){
const err645 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/tlas/" + i74,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err645];
}
else {
vErrors.push(err645);
}
errors++;
}
if(data503.value === undefined){
const err646 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/tlas/" + i74,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err646];
}
else {
vErrors.push(err646);
}
errors++;
}
for(const key98 in data503){
if(!(((key98 === "code") || (key98 === "name")) || (key98 === "value"))){
const err647 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/tlas/" + i74,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key98},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err647];
}
else {
vErrors.push(err647);
}
errors++;
}
}
if(data503.code !== undefined){
if(typeof data503.code !== "boolean"){
const err648 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/tlas/" + i74+"/code",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err648];
}
else {
vErrors.push(err648);
}
errors++;
}
}
if(data503.name !== undefined){
if(typeof data503.name !== "string"){
const err649 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/tlas/" + i74+"/name",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err649];
}
else {
vErrors.push(err649);
}
errors++;
}
}
if(data503.value !== undefined){
if(typeof data503.value !== "string"){
const err650 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/tlas/" + i74+"/value",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err650];
}
else {
vErrors.push(err650);
}
errors++;
}
}
}
else {
const err651 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/tlas/" + i74,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err651];
}
else {
vErrors.push(err651);
}
errors++;
}
}
}
else {
const err652 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet/tlas",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err652];
}
else {
vErrors.push(err652);
}
errors++;
}
}
}
else {
const err653 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/jsonnet",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err653];
}
else {
vErrors.push(err653);
}
errors++;
}
}
if(data490.recurse !== undefined){
if(typeof data490.recurse !== "boolean"){
const err654 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory/recurse",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/recurse/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err654];
}
else {
vErrors.push(err654);
}
errors++;
}
}
}
else {
const err655 = {instancePath:instancePath+"/spec/sources/" + i71+"/directory",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err655];
}
else {
vErrors.push(err655);
}
errors++;
}
}
if(data488.helm !== undefined){
let data508 = data488.helm;
if(data508 && typeof data508 == "object" && !Array.isArray(data508)){
for(const key99 in data508){
if(!(func2.call(schema784.properties.spec.properties.sources.items.properties.helm.properties, key99))){
const err656 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key99},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err656];
}
else {
vErrors.push(err656);
}
errors++;
}
}
if(data508.apiVersions !== undefined){
let data509 = data508.apiVersions;
if(Array.isArray(data509)){
const len75 = data509.length;
for(let i75=0; i75<len75; i75++){
if(typeof data509[i75] !== "string"){
const err657 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/apiVersions/" + i75,schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err657];
}
else {
vErrors.push(err657);
}
errors++;
}
}
}
else {
const err658 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/apiVersions",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err658];
}
else {
vErrors.push(err658);
}
errors++;
}
}
if(data508.fileParameters !== undefined){
let data511 = data508.fileParameters;
if(Array.isArray(data511)){
const len76 = data511.length;
for(let i76=0; i76<len76; i76++){
let data512 = data511[i76];
if(data512 && typeof data512 == "object" && !Array.isArray(data512)){
for(const key100 in data512){
if(!((key100 === "name") || (key100 === "path"))){
const err659 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/fileParameters/" + i76,schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/fileParameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key100},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err659];
}
else {
vErrors.push(err659);
}
errors++;
}
}
if(data512.name !== undefined){
if(typeof data512.name !== "string"){
const err660 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/fileParameters/" + i76+"/name",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/fileParameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err660];
}
else {
vErrors.push(err660);
}
errors++;
}
}
if(data512.path !== undefined){
if(typeof data512.path !== "string"){
const err661 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/fileParameters/" + i76+"/path",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/fileParameters/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err661];
}
else {
vErrors.push(err661);
}
errors++;
}
}
}
else {
const err662 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/fileParameters/" + i76,schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/fileParameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err662];
}
else {
vErrors.push(err662);
}
errors++;
}
}
}
else {
const err663 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/fileParameters",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/fileParameters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err663];
}
else {
vErrors.push(err663);
}
errors++;
}
}
if(data508.ignoreMissingValueFiles !== undefined){
if(typeof data508.ignoreMissingValueFiles !== "boolean"){
const err664 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/ignoreMissingValueFiles",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/ignoreMissingValueFiles/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err664];
}
else {
vErrors.push(err664);
}
errors++;
}
}
if(data508.kubeVersion !== undefined){
if(typeof data508.kubeVersion !== "string"){
const err665 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/kubeVersion",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err665];
}
else {
vErrors.push(err665);
}
errors++;
}
}
if(data508.namespace !== undefined){
if(typeof data508.namespace !== "string"){
const err666 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/namespace",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err666];
}
else {
vErrors.push(err666);
}
errors++;
}
}
if(data508.parameters !== undefined){
let data518 = data508.parameters;
if(Array.isArray(data518)){
const len77 = data518.length;
for(let i77=0; i77<len77; i77++){
let data519 = data518[i77];
if(data519 && typeof data519 == "object" && !Array.isArray(data519)){
for(const key101 in data519){
if(!(((key101 === "forceString") || (key101 === "name")) || (key101 === "value"))){
const err667 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/parameters/" + i77,schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key101},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err667];
}
else {
vErrors.push(err667);
}
errors++;
}
}
if(data519.forceString !== undefined){
if(typeof data519.forceString !== "boolean"){
const err668 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/parameters/" + i77+"/forceString",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/parameters/items/properties/forceString/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err668];
}
else {
vErrors.push(err668);
}
errors++;
}
}
if(data519.name !== undefined){
if(typeof data519.name !== "string"){
const err669 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/parameters/" + i77+"/name",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err669];
}
else {
vErrors.push(err669);
}
errors++;
}
}
if(data519.value !== undefined){
if(typeof data519.value !== "string"){
const err670 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/parameters/" + i77+"/value",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/parameters/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err670];
}
else {
vErrors.push(err670);
}
errors++;
}
}
}
else {
const err671 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/parameters/" + i77,schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err671];
}
else {
vErrors.push(err671);
}
errors++;
}
}
}
else {
const err672 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/parameters",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err672];
}
else {
vErrors.push(err672);
}
errors++;
}
}
if(data508.passCredentials !== undefined){
if(typeof data508.passCredentials !== "boolean"){
const err673 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/passCredentials",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/passCredentials/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err673];
}
else {
vErrors.push(err673);
}
errors++;
}
}
if(data508.releaseName !== undefined){
if(typeof data508.releaseName !== "string"){
const err674 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/releaseName",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/releaseName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err674];
}
else {
vErrors.push(err674);
}
errors++;
}
}
if(data508.skipCrds !== undefined){
if(typeof data508.skipCrds !== "boolean"){
const err675 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/skipCrds",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/skipCrds/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err675];
}
else {
vErrors.push(err675);
}
errors++;
}
}
if(data508.skipSchemaValidation !== undefined){
if(typeof data508.skipSchemaValidation !== "boolean"){
const err676 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/skipSchemaValidation",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/skipSchemaValidation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err676];
}
else {
vErrors.push(err676);
}
errors++;
}
}
if(data508.skipTests !== undefined){
if(typeof data508.skipTests !== "boolean"){
const err677 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/skipTests",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/skipTests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err677];
}
else {
vErrors.push(err677);
}
errors++;
}
}
if(data508.valueFiles !== undefined){
let data528 = data508.valueFiles;
if(Array.isArray(data528)){
const len78 = data528.length;
for(let i78=0; i78<len78; i78++){
if(typeof data528[i78] !== "string"){
const err678 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/valueFiles/" + i78,schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/valueFiles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err678];
}
else {
vErrors.push(err678);
}
errors++;
}
}
}
else {
const err679 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/valueFiles",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/valueFiles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err679];
}
else {
vErrors.push(err679);
}
errors++;
}
}
if(data508.values !== undefined){
if(typeof data508.values !== "string"){
const err680 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/values",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/values/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err680];
}
else {
vErrors.push(err680);
}
errors++;
}
}
if(data508.valuesObject !== undefined){
let data531 = data508.valuesObject;
if(!(data531 && typeof data531 == "object" && !Array.isArray(data531))){
const err681 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/valuesObject",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/valuesObject/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err681];
}
else {
vErrors.push(err681);
}
errors++;
}
}
if(data508.version !== undefined){
if(typeof data508.version !== "string"){
const err682 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm/version",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err682];
}
else {
vErrors.push(err682);
}
errors++;
}
}
}
else {
const err683 = {instancePath:instancePath+"/spec/sources/" + i71+"/helm",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err683];
}
else {
vErrors.push(err683);
}
errors++;
}
}
if(data488.kustomize !== undefined){
let data533 = data488.kustomize;
if(data533 && typeof data533 == "object" && !Array.isArray(data533)){
for(const key102 in data533){
if(!(func2.call(schema784.properties.spec.properties.sources.items.properties.kustomize.properties, key102))){
const err684 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key102},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err684];
}
else {
vErrors.push(err684);
}
errors++;
}
}
if(data533.apiVersions !== undefined){
let data534 = data533.apiVersions;
if(Array.isArray(data534)){
const len79 = data534.length;
for(let i79=0; i79<len79; i79++){
if(typeof data534[i79] !== "string"){
const err685 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/apiVersions/" + i79,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err685];
}
else {
vErrors.push(err685);
}
errors++;
}
}
}
else {
const err686 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/apiVersions",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err686];
}
else {
vErrors.push(err686);
}
errors++;
}
}
if(data533.commonAnnotations !== undefined){
let data536 = data533.commonAnnotations;
if(data536 && typeof data536 == "object" && !Array.isArray(data536)){
for(const key103 in data536){
if(typeof data536[key103] !== "string"){
const err687 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/commonAnnotations/" + key103.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/commonAnnotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err687];
}
else {
vErrors.push(err687);
}
errors++;
}
}
}
else {
const err688 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/commonAnnotations",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/commonAnnotations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err688];
}
else {
vErrors.push(err688);
}
errors++;
}
}
if(data533.commonAnnotationsEnvsubst !== undefined){
if(typeof data533.commonAnnotationsEnvsubst !== "boolean"){
const err689 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/commonAnnotationsEnvsubst",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/commonAnnotationsEnvsubst/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err689];
}
else {
vErrors.push(err689);
}
errors++;
}
}
if(data533.commonLabels !== undefined){
let data539 = data533.commonLabels;
if(data539 && typeof data539 == "object" && !Array.isArray(data539)){
for(const key104 in data539){
if(typeof data539[key104] !== "string"){
const err690 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/commonLabels/" + key104.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/commonLabels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err690];
}
else {
vErrors.push(err690);
}
errors++;
}
}
}
else {
const err691 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/commonLabels",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/commonLabels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err691];
}
else {
vErrors.push(err691);
}
errors++;
}
}
if(data533.components !== undefined){
let data541 = data533.components;
if(Array.isArray(data541)){
const len80 = data541.length;
for(let i80=0; i80<len80; i80++){
if(typeof data541[i80] !== "string"){
const err692 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/components/" + i80,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/components/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err692];
}
else {
vErrors.push(err692);
}
errors++;
}
}
}
else {
const err693 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/components",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err693];
}
else {
vErrors.push(err693);
}
errors++;
}
}
if(data533.forceCommonAnnotations !== undefined){
if(typeof data533.forceCommonAnnotations !== "boolean"){
const err694 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/forceCommonAnnotations",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/forceCommonAnnotations/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err694];
}
else {
vErrors.push(err694);
}
errors++;
}
}
if(data533.forceCommonLabels !== undefined){
if(typeof data533.forceCommonLabels !== "boolean"){
const err695 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/forceCommonLabels",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/forceCommonLabels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err695];
}
else {
vErrors.push(err695);
}
errors++;
}
}
if(data533.ignoreMissingComponents !== undefined){
if(typeof data533.ignoreMissingComponents !== "boolean"){
const err696 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/ignoreMissingComponents",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/ignoreMissingComponents/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err696];
}
else {
vErrors.push(err696);
}
errors++;
}
}
if(data533.images !== undefined){
let data546 = data533.images;
if(Array.isArray(data546)){
const len81 = data546.length;
for(let i81=0; i81<len81; i81++){
if(typeof data546[i81] !== "string"){
const err697 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/images/" + i81,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err697];
}
else {
vErrors.push(err697);
}
errors++;
}
}
}
else {
const err698 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/images",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err698];
}
else {
vErrors.push(err698);
}
errors++;
}
}
if(data533.kubeVersion !== undefined){
if(typeof data533.kubeVersion !== "string"){
const err699 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/kubeVersion",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err699];
}
else {
vErrors.push(err699);
}
errors++;
}
}
if(data533.labelIncludeTemplates !== undefined){
if(typeof data533.labelIncludeTemplates !== "boolean"){
const err700 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/labelIncludeTemplates",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/labelIncludeTemplates/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err700];
}
else {
vErrors.push(err700);
}
errors++;
}
}
if(data533.labelWithoutSelector !== undefined){
if(typeof data533.labelWithoutSelector !== "boolean"){
const err701 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/labelWithoutSelector",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/labelWithoutSelector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err701];
}
else {
vErrors.push(err701);
}
errors++;
}
}
if(data533.namePrefix !== undefined){
if(typeof data533.namePrefix !== "string"){
const err702 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/namePrefix",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/namePrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err702];
}
else {
vErrors.push(err702);
}
errors++;
}
}
if(data533.nameSuffix !== undefined){
if(typeof data533.nameSuffix !== "string"){
const err703 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/nameSuffix",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/nameSuffix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err703];
}
else {
vErrors.push(err703);
}
errors++;
}
}
if(data533.namespace !== undefined){
if(typeof data533.namespace !== "string"){
const err704 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/namespace",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err704];
}
else {
vErrors.push(err704);
}
errors++;
}
}
if(data533.patches !== undefined){
let data554 = data533.patches;
if(Array.isArray(data554)){
const len82 = data554.length;
for(let i82=0; i82<len82; i82++){
let data555 = data554[i82];
if(data555 && typeof data555 == "object" && !Array.isArray(data555)){
for(const key105 in data555){
if(!((((key105 === "options") || (key105 === "patch")) || (key105 === "path")) || (key105 === "target"))){
const err705 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/patches/" + i82,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key105},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err705];
}
else {
vErrors.push(err705);
}
errors++;
}
}
if(data555.options !== undefined){
let data556 = data555.options;
if(data556 && typeof data556 == "object" && !Array.isArray(data556)){
for(const key106 in data556){
if(typeof data556[key106] !== "boolean"){
const err706 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/patches/" + i82+"/options/" + key106.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/options/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err706];
}
else {
vErrors.push(err706);
}
errors++;
}
}
}
else {
const err707 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/patches/" + i82+"/options",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err707];
}
else {
vErrors.push(err707);
}
errors++;
}
}
if(data555.patch !== undefined){
if(typeof data555.patch !== "string"){
const err708 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/patches/" + i82+"/patch",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/patch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err708];
}
else {
vErrors.push(err708);
}
errors++;
}
}
if(data555.path !== undefined){
if(typeof data555.path !== "string"){
const err709 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/patches/" + i82+"/path",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err709];
}
else {
vErrors.push(err709);
}
errors++;
}
}
if(data555.target !== undefined){
let data560 = data555.target;
if(data560 && typeof data560 == "object" && !Array.isArray(data560)){
for(const key107 in data560){
if(!(((((((key107 === "annotationSelector") || (key107 === "group")) || (key107 === "kind")) || (key107 === "labelSelector")) || (key107 === "name")) || (key107 === "namespace")) || (key107 === "version"))){
const err710 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/patches/" + i82+"/target",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key107},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err710];
}
else {
vErrors.push(err710);
}
errors++;
}
}
if(data560.annotationSelector !== undefined){
if(typeof data560.annotationSelector !== "string"){
const err711 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/patches/" + i82+"/target/annotationSelector",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/annotationSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err711];
}
else {
vErrors.push(err711);
}
errors++;
}
}
if(data560.group !== undefined){
if(typeof data560.group !== "string"){
const err712 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/patches/" + i82+"/target/group",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err712];
}
else {
vErrors.push(err712);
}
errors++;
}
}
if(data560.kind !== undefined){
if(typeof data560.kind !== "string"){
const err713 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/patches/" + i82+"/target/kind",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err713];
}
else {
vErrors.push(err713);
}
errors++;
}
}
if(data560.labelSelector !== undefined){
if(typeof data560.labelSelector !== "string"){
const err714 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/patches/" + i82+"/target/labelSelector",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/labelSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err714];
}
else {
vErrors.push(err714);
}
errors++;
}
}
if(data560.name !== undefined){
if(typeof data560.name !== "string"){
const err715 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/patches/" + i82+"/target/name",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err715];
}
else {
vErrors.push(err715);
}
errors++;
}
}
if(data560.namespace !== undefined){
if(typeof data560.namespace !== "string"){
const err716 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/patches/" + i82+"/target/namespace",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err716];
}
else {
vErrors.push(err716);
}
errors++;
}
}
if(data560.version !== undefined){
if(typeof data560.version !== "string"){
const err717 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/patches/" + i82+"/target/version",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err717];
}
else {
vErrors.push(err717);
}
errors++;
}
}
}
else {
const err718 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/patches/" + i82+"/target",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err718];
}
else {
vErrors.push(err718);
}
errors++;
}
}
}
else {
const err719 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/patches/" + i82,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err719];
}
else {
vErrors.push(err719);
}
errors++;
}
}
}
else {
const err720 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/patches",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err720];
}
else {
vErrors.push(err720);
}
errors++;
}
}
if(data533.replicas !== undefined){
let data568 = data533.replicas;
if(Array.isArray(data568)){
const len83 = data568.length;
for(let i83=0; i83<len83; i83++){
let data569 = data568[i83];
if(data569 && typeof data569 == "object" && !Array.isArray(data569)){
if(data569.count === undefined){
const err721 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/replicas/" + i83,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err721];
}
else {
vErrors.push(err721);
}
errors++;
}
if(data569.name === undefined){
const err722 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/replicas/" + i83,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err722];
}
else {
vErrors.push(err722);
}
errors++;
}
for(const key108 in data569){
if(!((key108 === "count") || (key108 === "name"))){
const err723 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/replicas/" + i83,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key108},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err723];
}
else {
vErrors.push(err723);
}
errors++;
}
}
if(data569.count !== undefined){
let data570 = data569.count;
const _errs1266 = errors;
let valid281 = false;
const _errs1267 = errors;
if(typeof data570 !== "string"){
const err724 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/replicas/" + i83+"/count",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/properties/count/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err724];
}
else {
vErrors.push(err724);
}
errors++;
}
var _valid4 = _errs1267 === errors;
valid281 = valid281 || _valid4;
if(!valid281){
const _errs1269 = errors;
if(!((typeof data570 == "number") && (!(data570 % 1) && !isNaN(data570)))){
const err725 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/replicas/" + i83+"/count",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/properties/count/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err725];
}
else {
vErrors.push(err725);
}
errors++;
}
var _valid4 = _errs1269 === errors;
valid281 = valid281 || _valid4;
}
if(!valid281){
const err726 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/replicas/" + i83+"/count",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/properties/count/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err726];
}
else {
vErrors.push(err726);
}
errors++;
}
else {
errors = _errs1266;
if(vErrors !== null){
if(_errs1266){
vErrors.length = _errs1266;
}
else {
vErrors = null;
}
}
}
}
if(data569.name !== undefined){
if(typeof data569.name !== "string"){
const err727 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/replicas/" + i83+"/name",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err727];
}
else {
vErrors.push(err727);
}
errors++;
}
}
}
else {
const err728 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/replicas/" + i83,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err728];
}
else {
vErrors.push(err728);
}
errors++;
}
}
}
else {
const err729 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/replicas",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err729];
}
else {
vErrors.push(err729);
}
errors++;
}
}
if(data533.version !== undefined){
if(typeof data533.version !== "string"){
const err730 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize/version",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err730];
}
else {
vErrors.push(err730);
}
errors++;
}
}
}
else {
const err731 = {instancePath:instancePath+"/spec/sources/" + i71+"/kustomize",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err731];
}
else {
vErrors.push(err731);
}
errors++;
}
}
if(data488.name !== undefined){
if(typeof data488.name !== "string"){
const err732 = {instancePath:instancePath+"/spec/sources/" + i71+"/name",schemaPath:"#/properties/spec/properties/sources/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err732];
}
else {
vErrors.push(err732);
}
errors++;
}
}
if(data488.path !== undefined){
if(typeof data488.path !== "string"){
const err733 = {instancePath:instancePath+"/spec/sources/" + i71+"/path",schemaPath:"#/properties/spec/properties/sources/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err733];
}
else {
vErrors.push(err733);
}
errors++;
}
}
if(data488.plugin !== undefined){
let data575 = data488.plugin;
if(data575 && typeof data575 == "object" && !Array.isArray(data575)){
for(const key109 in data575){
if(!(((key109 === "env") || (key109 === "name")) || (key109 === "parameters"))){
const err734 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key109},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err734];
}
else {
vErrors.push(err734);
}
errors++;
}
}
if(data575.env !== undefined){
let data576 = data575.env;
if(Array.isArray(data576)){
const len84 = data576.length;
for(let i84=0; i84<len84; i84++){
let data577 = data576[i84];
if(data577 && typeof data577 == "object" && !Array.isArray(data577)){
if(data577.name === undefined){
const err735 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin/env/" + i84,schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err735];
}
else {
vErrors.push(err735);
}
errors++;
}
if(data577.value === undefined){
const err736 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin/env/" + i84,schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err736];
}
else {
vErrors.push(err736);
}
errors++;
}
for(const key110 in data577){
if(!((key110 === "name") || (key110 === "value"))){
const err737 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin/env/" + i84,schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/env/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key110},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err737];
}
else {
vErrors.push(err737);
}
errors++;
}
}
if(data577.name !== undefined){
if(typeof data577.name !== "string"){
const err738 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin/env/" + i84+"/name",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/env/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err738];
}
else {
vErrors.push(err738);
}
errors++;
}
}
if(data577.value !== undefined){
if(typeof data577.value !== "string"){
const err739 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin/env/" + i84+"/value",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/env/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err739];
}
else {
vErrors.push(err739);
}
errors++;
}
}
}
else {
const err740 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin/env/" + i84,schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/env/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err740];
}
else {
vErrors.push(err740);
}
errors++;
}
}
}
else {
const err741 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin/env",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err741];
}
else {
vErrors.push(err741);
}
errors++;
}
}
if(data575.name !== undefined){
if(typeof data575.name !== "string"){
const err742 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin/name",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err742];
}
else {
vErrors.push(err742);
}
errors++;
}
}
if(data575.parameters !== undefined){
let data581 = data575.parameters;
if(Array.isArray(data581)){
const len85 = data581.length;
for(let i85=0; i85<len85; i85++){
let data582 = data581[i85];
if(data582 && typeof data582 == "object" && !Array.isArray(data582)){
for(const key111 in data582){
if(!((((key111 === "array") || (key111 === "map")) || (key111 === "name")) || (key111 === "string"))){
const err743 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin/parameters/" + i85,schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key111},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err743];
}
else {
vErrors.push(err743);
}
errors++;
}
}
if(data582.array !== undefined){
let data583 = data582.array;
if(Array.isArray(data583)){
const len86 = data583.length;
for(let i86=0; i86<len86; i86++){
if(typeof data583[i86] !== "string"){
const err744 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin/parameters/" + i85+"/array/" + i86,schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/array/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err744];
}
else {
vErrors.push(err744);
}
errors++;
}
}
}
else {
const err745 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin/parameters/" + i85+"/array",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/array/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err745];
}
else {
vErrors.push(err745);
}
errors++;
}
}
if(data582.map !== undefined){
let data585 = data582.map;
if(data585 && typeof data585 == "object" && !Array.isArray(data585)){
for(const key112 in data585){
if(typeof data585[key112] !== "string"){
const err746 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin/parameters/" + i85+"/map/" + key112.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/map/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err746];
}
else {
vErrors.push(err746);
}
errors++;
}
}
}
else {
const err747 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin/parameters/" + i85+"/map",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err747];
}
else {
vErrors.push(err747);
}
errors++;
}
}
if(data582.name !== undefined){
if(typeof data582.name !== "string"){
const err748 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin/parameters/" + i85+"/name",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err748];
}
else {
vErrors.push(err748);
}
errors++;
}
}
if(data582.string !== undefined){
if(typeof data582.string !== "string"){
const err749 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin/parameters/" + i85+"/string",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/string/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err749];
}
else {
vErrors.push(err749);
}
errors++;
}
}
}
else {
const err750 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin/parameters/" + i85,schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err750];
}
else {
vErrors.push(err750);
}
errors++;
}
}
}
else {
const err751 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin/parameters",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err751];
}
else {
vErrors.push(err751);
}
errors++;
}
}
}
else {
const err752 = {instancePath:instancePath+"/spec/sources/" + i71+"/plugin",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err752];
}
else {
vErrors.push(err752);
}
errors++;
}
}
if(data488.ref !== undefined){
if(typeof data488.ref !== "string"){
const err753 = {instancePath:instancePath+"/spec/sources/" + i71+"/ref",schemaPath:"#/properties/spec/properties/sources/items/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err753];
}
else {
vErrors.push(err753);
}
errors++;
}
}
if(data488.repoURL !== undefined){
if(typeof data488.repoURL !== "string"){
const err754 = {instancePath:instancePath+"/spec/sources/" + i71+"/repoURL",schemaPath:"#/properties/spec/properties/sources/items/properties/repoURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err754];
}
else {
vErrors.push(err754);
}
errors++;
}
}
if(data488.tagPrefix !== undefined){
if(typeof data488.tagPrefix !== "string"){
const err755 = {instancePath:instancePath+"/spec/sources/" + i71+"/tagPrefix",schemaPath:"#/properties/spec/properties/sources/items/properties/tagPrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err755];
}
else {
vErrors.push(err755);
}
errors++;
}
}
if(data488.targetRevision !== undefined){
if(typeof data488.targetRevision !== "string"){
const err756 = {instancePath:instancePath+"/spec/sources/" + i71+"/targetRevision",schemaPath:"#/properties/spec/properties/sources/items/properties/targetRevision/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err756];
}
else {
vErrors.push(err756);
}
errors++;
}
}
}
else {
const err757 = {instancePath:instancePath+"/spec/sources/" + i71,schemaPath:"#/properties/spec/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err757];
}
else {
vErrors.push(err757);
}
errors++;
}
}
}
else {
const err758 = {instancePath:instancePath+"/spec/sources",schemaPath:"#/properties/spec/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err758];
}
else {
vErrors.push(err758);
}
errors++;
}
}
if(data251.syncPolicy !== undefined){
let data593 = data251.syncPolicy;
if(data593 && typeof data593 == "object" && !Array.isArray(data593)){
for(const key113 in data593){
if(!((((key113 === "automated") || (key113 === "managedNamespaceMetadata")) || (key113 === "retry")) || (key113 === "syncOptions"))){
const err759 = {instancePath:instancePath+"/spec/syncPolicy",schemaPath:"#/properties/spec/properties/syncPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key113},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err759];
}
else {
vErrors.push(err759);
}
errors++;
}
}
if(data593.automated !== undefined){
let data594 = data593.automated;
if(data594 && typeof data594 == "object" && !Array.isArray(data594)){
for(const key114 in data594){
if(!((((key114 === "allowEmpty") || (key114 === "enabled")) || (key114 === "prune")) || (key114 === "selfHeal"))){
const err760 = {instancePath:instancePath+"/spec/syncPolicy/automated",schemaPath:"#/properties/spec/properties/syncPolicy/properties/automated/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key114},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err760];
}
else {
vErrors.push(err760);
}
errors++;
}
}
if(data594.allowEmpty !== undefined){
if(typeof data594.allowEmpty !== "boolean"){
const err761 = {instancePath:instancePath+"/spec/syncPolicy/automated/allowEmpty",schemaPath:"#/properties/spec/properties/syncPolicy/properties/automated/properties/allowEmpty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err761];
}
else {
vErrors.push(err761);
}
errors++;
}
}
if(data594.enabled !== undefined){
if(typeof data594.enabled !== "boolean"){
const err762 = {instancePath:instancePath+"/spec/syncPolicy/automated/enabled",schemaPath:"#/properties/spec/properties/syncPolicy/properties/automated/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err762];
}
else {
vErrors.push(err762);
}
errors++;
}
}
if(data594.prune !== undefined){
if(typeof data594.prune !== "boolean"){
const err763 = {instancePath:instancePath+"/spec/syncPolicy/automated/prune",schemaPath:"#/properties/spec/properties/syncPolicy/properties/automated/properties/prune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err763];
}
else {
vErrors.push(err763);
}
errors++;
}
}
if(data594.selfHeal !== undefined){
if(typeof data594.selfHeal !== "boolean"){
const err764 = {instancePath:instancePath+"/spec/syncPolicy/automated/selfHeal",schemaPath:"#/properties/spec/properties/syncPolicy/properties/automated/properties/selfHeal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err764];
}
else {
vErrors.push(err764);
}
errors++;
}
}
}
else {
const err765 = {instancePath:instancePath+"/spec/syncPolicy/automated",schemaPath:"#/properties/spec/properties/syncPolicy/properties/automated/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err765];
}
else {
vErrors.push(err765);
}
errors++;
}
}
if(data593.managedNamespaceMetadata !== undefined){
let data599 = data593.managedNamespaceMetadata;
if(data599 && typeof data599 == "object" && !Array.isArray(data599)){
for(const key115 in data599){
if(!((key115 === "annotations") || (key115 === "labels"))){
const err766 = {instancePath:instancePath+"/spec/syncPolicy/managedNamespaceMetadata",schemaPath:"#/properties/spec/properties/syncPolicy/properties/managedNamespaceMetadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key115},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err766];
}
else {
vErrors.push(err766);
}
errors++;
}
}
if(data599.annotations !== undefined){
let data600 = data599.annotations;
if(data600 && typeof data600 == "object" && !Array.isArray(data600)){
for(const key116 in data600){
if(typeof data600[key116] !== "string"){
const err767 = {instancePath:instancePath+"/spec/syncPolicy/managedNamespaceMetadata/annotations/" + key116.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/syncPolicy/properties/managedNamespaceMetadata/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err767];
}
else {
vErrors.push(err767);
}
errors++;
}
}
}
else {
const err768 = {instancePath:instancePath+"/spec/syncPolicy/managedNamespaceMetadata/annotations",schemaPath:"#/properties/spec/properties/syncPolicy/properties/managedNamespaceMetadata/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err768];
}
else {
vErrors.push(err768);
}
errors++;
}
}
if(data599.labels !== undefined){
let data602 = data599.labels;
if(data602 && typeof data602 == "object" && !Array.isArray(data602)){
for(const key117 in data602){
if(typeof data602[key117] !== "string"){
const err769 = {instancePath:instancePath+"/spec/syncPolicy/managedNamespaceMetadata/labels/" + key117.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/syncPolicy/properties/managedNamespaceMetadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err769];
}
else {
vErrors.push(err769);
}
errors++;
}
}
}
else {
const err770 = {instancePath:instancePath+"/spec/syncPolicy/managedNamespaceMetadata/labels",schemaPath:"#/properties/spec/properties/syncPolicy/properties/managedNamespaceMetadata/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err770];
}
else {
vErrors.push(err770);
}
errors++;
}
}
}
else {
const err771 = {instancePath:instancePath+"/spec/syncPolicy/managedNamespaceMetadata",schemaPath:"#/properties/spec/properties/syncPolicy/properties/managedNamespaceMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err771];
}
else {
vErrors.push(err771);
}
errors++;
}
}
if(data593.retry !== undefined){
let data604 = data593.retry;
if(data604 && typeof data604 == "object" && !Array.isArray(data604)){
for(const key118 in data604){
if(!(((key118 === "backoff") || (key118 === "limit")) || (key118 === "refresh"))){
const err772 = {instancePath:instancePath+"/spec/syncPolicy/retry",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key118},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err772];
}
else {
vErrors.push(err772);
}
errors++;
}
}
if(data604.backoff !== undefined){
let data605 = data604.backoff;
if(data605 && typeof data605 == "object" && !Array.isArray(data605)){
for(const key119 in data605){
if(!(((key119 === "duration") || (key119 === "factor")) || (key119 === "maxDuration"))){
const err773 = {instancePath:instancePath+"/spec/syncPolicy/retry/backoff",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/properties/backoff/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key119},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err773];
}
else {
vErrors.push(err773);
}
errors++;
}
}
if(data605.duration !== undefined){
if(typeof data605.duration !== "string"){
const err774 = {instancePath:instancePath+"/spec/syncPolicy/retry/backoff/duration",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/properties/backoff/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err774];
}
else {
vErrors.push(err774);
}
errors++;
}
}
if(data605.factor !== undefined){
let data607 = data605.factor;
if(!((typeof data607 == "number") && (!(data607 % 1) && !isNaN(data607)))){
const err775 = {instancePath:instancePath+"/spec/syncPolicy/retry/backoff/factor",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/properties/backoff/properties/factor/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err775];
}
else {
vErrors.push(err775);
}
errors++;
}
}
if(data605.maxDuration !== undefined){
if(typeof data605.maxDuration !== "string"){
const err776 = {instancePath:instancePath+"/spec/syncPolicy/retry/backoff/maxDuration",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/properties/backoff/properties/maxDuration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err776];
}
else {
vErrors.push(err776);
}
errors++;
}
}
}
else {
const err777 = {instancePath:instancePath+"/spec/syncPolicy/retry/backoff",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/properties/backoff/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err777];
}
else {
vErrors.push(err777);
}
errors++;
}
}
if(data604.limit !== undefined){
let data609 = data604.limit;
if(!((typeof data609 == "number") && (!(data609 % 1) && !isNaN(data609)))){
const err778 = {instancePath:instancePath+"/spec/syncPolicy/retry/limit",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err778];
}
else {
vErrors.push(err778);
}
errors++;
}
}
if(data604.refresh !== undefined){
if(typeof data604.refresh !== "boolean"){
const err779 = {instancePath:instancePath+"/spec/syncPolicy/retry/refresh",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/properties/refresh/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err779];
}
else {
vErrors.push(err779);
}
errors++;
}
}
}
else {
const err780 = {instancePath:instancePath+"/spec/syncPolicy/retry",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err780];
}
else {
vErrors.push(err780);
}
errors++;
}
}
if(data593.syncOptions !== undefined){
let data611 = data593.syncOptions;
if(Array.isArray(data611)){
const len87 = data611.length;
for(let i87=0; i87<len87; i87++){
if(typeof data611[i87] !== "string"){
const err781 = {instancePath:instancePath+"/spec/syncPolicy/syncOptions/" + i87,schemaPath:"#/properties/spec/properties/syncPolicy/properties/syncOptions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err781];
}
else {
vErrors.push(err781);
}
errors++;
}
}
}
else {
const err782 = {instancePath:instancePath+"/spec/syncPolicy/syncOptions",schemaPath:"#/properties/spec/properties/syncPolicy/properties/syncOptions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err782];
}
else {
vErrors.push(err782);
}
errors++;
}
}
}
else {
const err783 = {instancePath:instancePath+"/spec/syncPolicy",schemaPath:"#/properties/spec/properties/syncPolicy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err783];
}
else {
vErrors.push(err783);
}
errors++;
}
}
}
else {
const err784 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err784];
}
else {
vErrors.push(err784);
}
errors++;
}
}
}
else {
const err785 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err785];
}
else {
vErrors.push(err785);
}
errors++;
}
validate2020.errors = vErrors;
return errors === 0;
}
