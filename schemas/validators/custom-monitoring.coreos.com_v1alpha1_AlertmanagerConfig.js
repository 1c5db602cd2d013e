"use strict";
module.exports = validate3161;
module.exports.default = validate3161;
const schema1243 = {"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},"spec":{"$ref":"#/definitions/o41"}},"required":["spec"],"type":"object","additionalProperties":false,"definitions":{"o0":{"properties":{"matchType":{"enum":["!=","=","=~","!~"],"type":"string"},"name":{"minLength":1,"type":"string"},"regex":{"type":"boolean"},"value":{"type":"string"}},"required":["name"],"type":"object","additionalProperties":false},"o1":{"properties":{"equal":{"items":{"type":"string"},"type":"array"},"sourceMatch":{"items":{"$ref":"#/definitions/o0"},"type":"array"},"targetMatch":{"items":{"$ref":"#/definitions/o0"},"type":"array"}},"type":"object","additionalProperties":false},"o2":{"properties":{"end":{"maximum":31,"minimum":-31,"type":"integer"},"start":{"maximum":31,"minimum":-31,"type":"integer"}},"type":"object","additionalProperties":false},"o3":{"properties":{"endTime":{"pattern":"^((([01][0-9])|(2[0-3])):[0-5][0-9])$|(^24:00$)","type":"string"},"startTime":{"pattern":"^((([01][0-9])|(2[0-3])):[0-5][0-9])$|(^24:00$)","type":"string"}},"type":"object","additionalProperties":false},"o4":{"properties":{"daysOfMonth":{"items":{"$ref":"#/definitions/o2"},"type":"array"},"months":{"items":{"type":"string"},"type":"array"},"times":{"items":{"$ref":"#/definitions/o3"},"type":"array"},"weekdays":{"items":{"type":"string"},"type":"array"},"years":{"items":{"pattern":"^2\\d{3}(?::2\\d{3}|$)","type":"string"},"type":"array"}},"type":"object","additionalProperties":false},"o5":{"properties":{"name":{"type":"string"},"timeIntervals":{"items":{"$ref":"#/definitions/o4"},"type":"array"}},"required":["name"],"type":"object","additionalProperties":false},"o6":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"o7":{"properties":{"credentials":{"$ref":"#/definitions/o6"},"type":{"type":"string"}},"type":"object","additionalProperties":false},"o8":{"properties":{"password":{"$ref":"#/definitions/o6"},"username":{"$ref":"#/definitions/o6"}},"type":"object","additionalProperties":false},"o9":{"properties":{"configMap":{"$ref":"#/definitions/o6"},"secret":{"$ref":"#/definitions/o6"}},"type":"object","additionalProperties":false},"o10":{"properties":{"ca":{"$ref":"#/definitions/o9"},"cert":{"$ref":"#/definitions/o9"},"insecureSkipVerify":{"type":"boolean"},"keySecret":{"$ref":"#/definitions/o6"},"maxVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"minVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"serverName":{"type":"string"}},"type":"object","additionalProperties":false},"o11":{"properties":{"clientId":{"$ref":"#/definitions/o9"},"clientSecret":{"$ref":"#/definitions/o6"},"endpointParams":{"additionalProperties":{"type":"string"},"type":"object"},"noProxy":{"type":"string"},"proxyConnectHeader":{"additionalProperties":{"items":{"$ref":"#/definitions/o6"},"type":"array"},"type":"object"},"proxyFromEnvironment":{"type":"boolean"},"proxyUrl":{"pattern":"^(http|https|socks5)://.+$","type":"string"},"scopes":{"items":{"type":"string"},"type":"array"},"tlsConfig":{"$ref":"#/definitions/o10"},"tokenUrl":{"pattern":"^(http|https)://.+$","type":"string"}},"required":["clientId","clientSecret","tokenUrl"],"type":"object","additionalProperties":false},"o12":{"properties":{"authorization":{"$ref":"#/definitions/o7"},"basicAuth":{"$ref":"#/definitions/o8"},"bearerTokenSecret":{"$ref":"#/definitions/o6"},"enableHttp2":{"type":"boolean"},"followRedirects":{"type":"boolean"},"noProxy":{"type":"string"},"oauth2":{"$ref":"#/definitions/o11"},"proxyConnectHeader":{"additionalProperties":{"items":{"$ref":"#/definitions/o6"},"type":"array"},"type":"object"},"proxyFromEnvironment":{"type":"boolean"},"proxyURL":{"type":"string"},"proxyUrl":{"pattern":"^(http|https|socks5)://.+$","type":"string"},"tlsConfig":{"$ref":"#/definitions/o10"}},"type":"object","additionalProperties":false},"o13":{"properties":{"apiURL":{"$ref":"#/definitions/o6"},"avatarURL":{"pattern":"^https?://.+$","type":"string"},"content":{"minLength":1,"type":"string"},"httpConfig":{"$ref":"#/definitions/o12"},"message":{"type":"string"},"sendResolved":{"type":"boolean"},"title":{"type":"string"},"username":{"minLength":1,"type":"string"}},"required":["apiURL"],"type":"object","additionalProperties":false},"o14":{"properties":{"key":{"minLength":1,"type":"string"},"value":{"type":"string"}},"required":["key","value"],"type":"object","additionalProperties":false},"o15":{"properties":{"threadByDate":{"enum":["Daily","None"],"type":"string"}},"required":["threadByDate"],"type":"object","additionalProperties":false},"o16":{"properties":{"authIdentity":{"minLength":1,"type":"string"},"authPassword":{"$ref":"#/definitions/o6"},"authSecret":{"$ref":"#/definitions/o6"},"authUsername":{"minLength":1,"type":"string"},"forceImplicitTLS":{"type":"boolean"},"from":{"minLength":1,"type":"string"},"headers":{"items":{"$ref":"#/definitions/o14"},"type":"array"},"hello":{"minLength":1,"type":"string"},"html":{"type":"string"},"requireTLS":{"type":"boolean"},"sendResolved":{"type":"boolean"},"smarthost":{"minLength":1,"type":"string"},"text":{"minLength":1,"type":"string"},"threading":{"$ref":"#/definitions/o15"},"tlsConfig":{"$ref":"#/definitions/o10"},"to":{"minLength":1,"type":"string"}},"type":"object","additionalProperties":false},"o17":{"properties":{"httpConfig":{"$ref":"#/definitions/o12"},"sendResolved":{"type":"boolean"},"summary":{"type":"string"},"text":{"type":"string"},"title":{"type":"string"},"webhookUrl":{"$ref":"#/definitions/o6"}},"required":["webhookUrl"],"type":"object","additionalProperties":false},"o18":{"properties":{"httpConfig":{"$ref":"#/definitions/o12"},"sendResolved":{"type":"boolean"},"text":{"minLength":1,"type":"string"},"title":{"minLength":1,"type":"string"},"webhookURL":{"$ref":"#/definitions/o6"}},"type":"object","additionalProperties":false},"o19":{"properties":{"id":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"},"type":{"enum":["team","teams","user","escalation","schedule"],"minLength":1,"type":"string"},"username":{"minLength":1,"type":"string"}},"required":["type"],"type":"object","additionalProperties":false},"o20":{"properties":{"actions":{"minLength":1,"type":"string"},"apiKey":{"$ref":"#/definitions/o6"},"apiURL":{"pattern":"^https?://.+$","type":"string"},"description":{"minLength":1,"type":"string"},"details":{"items":{"$ref":"#/definitions/o14"},"type":"array"},"entity":{"minLength":1,"type":"string"},"httpConfig":{"$ref":"#/definitions/o12"},"message":{"minLength":1,"type":"string"},"note":{"minLength":1,"type":"string"},"priority":{"minLength":1,"type":"string"},"responders":{"items":{"$ref":"#/definitions/o19"},"type":"array"},"sendResolved":{"type":"boolean"},"source":{"minLength":1,"type":"string"},"tags":{"minLength":1,"type":"string"},"updateAlerts":{"type":"boolean"}},"type":"object","additionalProperties":false},"o21":{"properties":{"alt":{"minLength":1,"type":"string"},"href":{"type":"string"},"src":{"minLength":1,"type":"string"}},"type":"object","additionalProperties":false},"o22":{"properties":{"alt":{"minLength":1,"type":"string"},"href":{"type":"string"}},"type":"object","additionalProperties":false},"o23":{"properties":{"class":{"minLength":1,"type":"string"},"client":{"minLength":1,"type":"string"},"clientURL":{"type":"string"},"component":{"minLength":1,"type":"string"},"description":{"minLength":1,"type":"string"},"details":{"items":{"$ref":"#/definitions/o14"},"type":"array"},"group":{"minLength":1,"type":"string"},"httpConfig":{"$ref":"#/definitions/o12"},"pagerDutyImageConfigs":{"items":{"$ref":"#/definitions/o21"},"type":"array"},"pagerDutyLinkConfigs":{"items":{"$ref":"#/definitions/o22"},"type":"array"},"routingKey":{"$ref":"#/definitions/o6"},"sendResolved":{"type":"boolean"},"serviceKey":{"$ref":"#/definitions/o6"},"severity":{"minLength":1,"type":"string"},"source":{"minLength":1,"type":"string"},"timeout":{"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"url":{"pattern":"^https?://.+$","type":"string"}},"type":"object","additionalProperties":false},"o24":{"properties":{"device":{"minLength":1,"type":"string"},"expire":{"pattern":"^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$","type":"string"},"html":{"type":"boolean"},"httpConfig":{"$ref":"#/definitions/o12"},"message":{"minLength":1,"type":"string"},"monospace":{"type":"boolean"},"priority":{"minLength":1,"type":"string"},"retry":{"pattern":"^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$","type":"string"},"sendResolved":{"type":"boolean"},"sound":{"minLength":1,"type":"string"},"title":{"minLength":1,"type":"string"},"token":{"$ref":"#/definitions/o6"},"tokenFile":{"minLength":1,"type":"string"},"ttl":{"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"url":{"type":"string"},"urlTitle":{"minLength":1,"type":"string"},"userKey":{"$ref":"#/definitions/o6"},"userKeyFile":{"minLength":1,"type":"string"}},"type":"object","additionalProperties":false},"o25":{"properties":{"msg":{"minLength":1,"type":"string"},"text":{"minLength":1,"type":"string"},"url":{"type":"string"}},"type":"object","additionalProperties":false},"o26":{"properties":{"short":{"type":"boolean"},"title":{"minLength":1,"type":"string"},"value":{"minLength":1,"type":"string"}},"type":"object","additionalProperties":false},"o27":{"properties":{"actions":{"items":{"$ref":"#/definitions/o25"},"minItems":1,"type":"array"},"apiURL":{"pattern":"^https?://.+$","type":"string"},"channel":{"minLength":1,"type":"string"},"color":{"minLength":1,"type":"string"},"emoji":{"minLength":1,"type":"string"},"fields":{"items":{"$ref":"#/definitions/o26"},"minItems":1,"type":"array"},"httpConfig":{"$ref":"#/definitions/o12"},"iconURL":{"type":"string"},"imageURL":{"type":"string"},"linkNames":{"type":"boolean"},"sendResolved":{"type":"boolean"},"shortFields":{"type":"boolean"},"text":{"minLength":1,"type":"string"},"thumbURL":{"type":"string"},"title":{"minLength":1,"type":"string"},"titleLink":{"minLength":1,"type":"string"},"token":{"$ref":"#/definitions/o6"},"tokenID":{"$ref":"#/definitions/o6"}},"required":["token","tokenID"],"type":"object","additionalProperties":false},"o28":{"properties":{"dismissText":{"minLength":1,"type":"string"},"okText":{"minLength":1,"type":"string"},"text":{"minLength":1,"type":"string"},"title":{"minLength":1,"type":"string"}},"required":["text"],"type":"object","additionalProperties":false},"o29":{"properties":{"confirm":{"$ref":"#/definitions/o28"},"name":{"minLength":1,"type":"string"},"style":{"minLength":1,"type":"string"},"text":{"minLength":1,"type":"string"},"type":{"minLength":1,"type":"string"},"url":{"type":"string"},"value":{"minLength":1,"type":"string"}},"required":["text","type"],"type":"object","additionalProperties":false},"o30":{"properties":{"short":{"type":"boolean"},"title":{"minLength":1,"type":"string"},"value":{"minLength":1,"type":"string"}},"required":["title","value"],"type":"object","additionalProperties":false},"o31":{"properties":{"actions":{"items":{"$ref":"#/definitions/o29"},"minItems":1,"type":"array"},"apiURL":{"$ref":"#/definitions/o6"},"callbackId":{"minLength":1,"type":"string"},"channel":{"minLength":1,"type":"string"},"color":{"minLength":1,"type":"string"},"fallback":{"minLength":1,"type":"string"},"fields":{"items":{"$ref":"#/definitions/o30"},"minItems":1,"type":"array"},"footer":{"minLength":1,"type":"string"},"httpConfig":{"$ref":"#/definitions/o12"},"iconEmoji":{"minLength":1,"type":"string"},"iconURL":{"type":"string"},"imageURL":{"type":"string"},"linkNames":{"type":"boolean"},"messageText":{"minLength":1,"type":"string"},"mrkdwnIn":{"items":{"minLength":1,"type":"string"},"minItems":1,"type":"array"},"pretext":{"minLength":1,"type":"string"},"sendResolved":{"type":"boolean"},"shortFields":{"type":"boolean"},"text":{"minLength":1,"type":"string"},"thumbURL":{"type":"string"},"timeout":{"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"title":{"minLength":1,"type":"string"},"titleLink":{"type":"string"},"updateMessage":{"type":"boolean"},"username":{"minLength":1,"type":"string"}},"type":"object","additionalProperties":false},"o32":{"properties":{"accessKey":{"$ref":"#/definitions/o6"},"externalId":{"minLength":1,"type":"string"},"profile":{"type":"string"},"region":{"type":"string"},"roleArn":{"type":"string"},"secretKey":{"$ref":"#/definitions/o6"},"useFIPSSTSEndpoint":{"type":"boolean"}},"type":"object","additionalProperties":false},"o33":{"properties":{"apiURL":{"type":"string"},"attributes":{"additionalProperties":{"type":"string"},"type":"object"},"httpConfig":{"$ref":"#/definitions/o12"},"message":{"minLength":1,"type":"string"},"phoneNumber":{"minLength":1,"type":"string"},"sendResolved":{"type":"boolean"},"sigv4":{"$ref":"#/definitions/o32"},"subject":{"minLength":1,"type":"string"},"targetARN":{"minLength":1,"type":"string"},"topicARN":{"minLength":1,"type":"string"},"useAWSHTTPClient":{"type":"boolean"}},"type":"object","additionalProperties":false},"o34":{"properties":{"apiURL":{"pattern":"^https?://.+$","type":"string"},"botToken":{"$ref":"#/definitions/o6"},"botTokenFile":{"type":"string"},"chatID":{"format":"int64","type":"integer"},"disableNotifications":{"type":"boolean"},"httpConfig":{"$ref":"#/definitions/o12"},"message":{"type":"string"},"messageThreadID":{"format":"int64","type":"integer"},"parseMode":{"enum":["MarkdownV2","Markdown","HTML"],"type":"string"},"sendResolved":{"type":"boolean"}},"required":["chatID"],"type":"object","additionalProperties":false},"o35":{"properties":{"apiKey":{"$ref":"#/definitions/o6"},"apiUrl":{"pattern":"^https?://.+$","type":"string"},"customFields":{"items":{"$ref":"#/definitions/o14"},"type":"array"},"entityDisplayName":{"minLength":1,"type":"string"},"httpConfig":{"$ref":"#/definitions/o12"},"messageType":{"minLength":1,"type":"string"},"monitoringTool":{"minLength":1,"type":"string"},"routingKey":{"minLength":1,"type":"string"},"sendResolved":{"type":"boolean"},"stateMessage":{"minLength":1,"type":"string"}},"required":["routingKey"],"type":"object","additionalProperties":false},"o36":{"properties":{"apiURL":{"pattern":"^https?://.+$","type":"string"},"httpConfig":{"$ref":"#/definitions/o12"},"message":{"type":"string"},"roomID":{"minLength":1,"type":"string"},"sendResolved":{"type":"boolean"}},"required":["roomID"],"type":"object","additionalProperties":false},"o37":{"properties":{"httpConfig":{"$ref":"#/definitions/o12"},"maxAlerts":{"format":"int32","minimum":0,"type":"integer"},"payload":{"minLength":1,"type":"string"},"sendResolved":{"type":"boolean"},"timeout":{"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"url":{"type":"string"},"urlSecret":{"$ref":"#/definitions/o6"}},"type":"object","additionalProperties":false},"o38":{"properties":{"agentID":{"minLength":1,"type":"string"},"apiSecret":{"$ref":"#/definitions/o6"},"apiURL":{"pattern":"^https?://.+$","type":"string"},"corpID":{"minLength":1,"type":"string"},"httpConfig":{"$ref":"#/definitions/o12"},"message":{"minLength":1,"type":"string"},"messageType":{"minLength":1,"type":"string"},"sendResolved":{"type":"boolean"},"toParty":{"minLength":1,"type":"string"},"toTag":{"minLength":1,"type":"string"},"toUser":{"minLength":1,"type":"string"}},"type":"object","additionalProperties":false},"o39":{"properties":{"discordConfigs":{"items":{"$ref":"#/definitions/o13"},"type":"array"},"emailConfigs":{"items":{"$ref":"#/definitions/o16"},"type":"array"},"msteamsConfigs":{"items":{"$ref":"#/definitions/o17"},"type":"array"},"msteamsv2Configs":{"items":{"$ref":"#/definitions/o18"},"type":"array"},"name":{"minLength":1,"type":"string"},"opsgenieConfigs":{"items":{"$ref":"#/definitions/o20"},"type":"array"},"pagerdutyConfigs":{"items":{"$ref":"#/definitions/o23"},"type":"array"},"pushoverConfigs":{"items":{"$ref":"#/definitions/o24"},"type":"array"},"rocketchatConfigs":{"items":{"$ref":"#/definitions/o27"},"type":"array"},"slackConfigs":{"items":{"$ref":"#/definitions/o31"},"type":"array"},"snsConfigs":{"items":{"$ref":"#/definitions/o33"},"type":"array"},"telegramConfigs":{"items":{"$ref":"#/definitions/o34"},"type":"array"},"victoropsConfigs":{"items":{"$ref":"#/definitions/o35"},"type":"array"},"webexConfigs":{"items":{"$ref":"#/definitions/o36"},"type":"array"},"webhookConfigs":{"items":{"$ref":"#/definitions/o37"},"type":"array"},"wechatConfigs":{"items":{"$ref":"#/definitions/o38"},"type":"array"}},"required":["name"],"type":"object","additionalProperties":false},"o40":{"properties":{"activeTimeIntervals":{"items":{"type":"string"},"type":"array"},"continue":{"type":"boolean"},"groupBy":{"items":{"type":"string"},"type":"array"},"groupInterval":{"minLength":1,"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"groupWait":{"minLength":1,"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"matchers":{"items":{"$ref":"#/definitions/o0"},"type":"array"},"muteTimeIntervals":{"items":{"type":"string"},"type":"array"},"receiver":{"type":"string"},"repeatInterval":{"minLength":1,"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"routes":{"items":{},"type":"array"}},"type":"object","additionalProperties":false},"o41":{"properties":{"inhibitRules":{"items":{"$ref":"#/definitions/o1"},"type":"array"},"muteTimeIntervals":{"items":{"$ref":"#/definitions/o5"},"type":"array"},"receivers":{"items":{"$ref":"#/definitions/o39"},"type":"array"},"route":{"$ref":"#/definitions/o40"}},"type":"object","additionalProperties":false}}};
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


function validate3162(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate3162.errors = vErrors;
return errors === 0;
}

const schema1245 = {"properties":{"inhibitRules":{"items":{"$ref":"#/definitions/o1"},"type":"array"},"muteTimeIntervals":{"items":{"$ref":"#/definitions/o5"},"type":"array"},"receivers":{"items":{"$ref":"#/definitions/o39"},"type":"array"},"route":{"$ref":"#/definitions/o40"}},"type":"object","additionalProperties":false};
const schema1246 = {"properties":{"equal":{"items":{"type":"string"},"type":"array"},"sourceMatch":{"items":{"$ref":"#/definitions/o0"},"type":"array"},"targetMatch":{"items":{"$ref":"#/definitions/o0"},"type":"array"}},"type":"object","additionalProperties":false};
const schema1247 = {"properties":{"matchType":{"enum":["!=","=","=~","!~"],"type":"string"},"name":{"minLength":1,"type":"string"},"regex":{"type":"boolean"},"value":{"type":"string"}},"required":["name"],"type":"object","additionalProperties":false};
const func50 = require("ajv/dist/runtime/ucs2length").default;

function validate3170(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "matchType") || (key0 === "name")) || (key0 === "regex")) || (key0 === "value"))){
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
if(data.matchType !== undefined){
let data0 = data.matchType;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/matchType",schemaPath:"#/properties/matchType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((data0 === "!=") || (data0 === "=")) || (data0 === "=~")) || (data0 === "!~"))){
const err3 = {instancePath:instancePath+"/matchType",schemaPath:"#/properties/matchType/enum",keyword:"enum",params:{allowedValues: schema1247.properties.matchType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func50(data1) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.regex !== undefined){
if(typeof data.regex !== "boolean"){
const err6 = {instancePath:instancePath+"/regex",schemaPath:"#/properties/regex/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.value !== undefined){
if(typeof data.value !== "string"){
const err7 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate3170.errors = vErrors;
return errors === 0;
}


function validate3169(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "equal") || (key0 === "sourceMatch")) || (key0 === "targetMatch"))){
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
if(data.equal !== undefined){
let data0 = data.equal;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err1 = {instancePath:instancePath+"/equal/" + i0,schemaPath:"#/properties/equal/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err2 = {instancePath:instancePath+"/equal",schemaPath:"#/properties/equal/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.sourceMatch !== undefined){
let data2 = data.sourceMatch;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate3170(data2[i1], {instancePath:instancePath+"/sourceMatch/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate3170.errors : vErrors.concat(validate3170.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/sourceMatch",schemaPath:"#/properties/sourceMatch/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.targetMatch !== undefined){
let data4 = data.targetMatch;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(!(validate3170(data4[i2], {instancePath:instancePath+"/targetMatch/" + i2,parentData:data4,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate3170.errors : vErrors.concat(validate3170.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/targetMatch",schemaPath:"#/properties/targetMatch/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate3169.errors = vErrors;
return errors === 0;
}

const schema1248 = {"properties":{"name":{"type":"string"},"timeIntervals":{"items":{"$ref":"#/definitions/o4"},"type":"array"}},"required":["name"],"type":"object","additionalProperties":false};
const schema1249 = {"properties":{"daysOfMonth":{"items":{"$ref":"#/definitions/o2"},"type":"array"},"months":{"items":{"type":"string"},"type":"array"},"times":{"items":{"$ref":"#/definitions/o3"},"type":"array"},"weekdays":{"items":{"type":"string"},"type":"array"},"years":{"items":{"pattern":"^2\\d{3}(?::2\\d{3}|$)","type":"string"},"type":"array"}},"type":"object","additionalProperties":false};
const schema1250 = {"properties":{"end":{"maximum":31,"minimum":-31,"type":"integer"},"start":{"maximum":31,"minimum":-31,"type":"integer"}},"type":"object","additionalProperties":false};

function validate3176(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "end") || (key0 === "start"))){
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
if(data.end !== undefined){
let data0 = data.end;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 > 31 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/maximum",keyword:"maximum",params:{comparison: "<=", limit: 31},message:"must be <= 31"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < -31 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: -31},message:"must be >= -31"};
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
if(data.start !== undefined){
let data1 = data.start;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err4 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 31 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 31},message:"must be <= 31"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < -31 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: -31},message:"must be >= -31"};
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
validate3176.errors = vErrors;
return errors === 0;
}

const schema1251 = {"properties":{"endTime":{"pattern":"^((([01][0-9])|(2[0-3])):[0-5][0-9])$|(^24:00$)","type":"string"},"startTime":{"pattern":"^((([01][0-9])|(2[0-3])):[0-5][0-9])$|(^24:00$)","type":"string"}},"type":"object","additionalProperties":false};
const pattern117 = new RegExp("^((([01][0-9])|(2[0-3])):[0-5][0-9])$|(^24:00$)", "u");

function validate3178(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "endTime") || (key0 === "startTime"))){
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
if(data.endTime !== undefined){
let data0 = data.endTime;
if(typeof data0 === "string"){
if(!pattern117.test(data0)){
const err1 = {instancePath:instancePath+"/endTime",schemaPath:"#/properties/endTime/pattern",keyword:"pattern",params:{pattern: "^((([01][0-9])|(2[0-3])):[0-5][0-9])$|(^24:00$)"},message:"must match pattern \""+"^((([01][0-9])|(2[0-3])):[0-5][0-9])$|(^24:00$)"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/endTime",schemaPath:"#/properties/endTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.startTime !== undefined){
let data1 = data.startTime;
if(typeof data1 === "string"){
if(!pattern117.test(data1)){
const err3 = {instancePath:instancePath+"/startTime",schemaPath:"#/properties/startTime/pattern",keyword:"pattern",params:{pattern: "^((([01][0-9])|(2[0-3])):[0-5][0-9])$|(^24:00$)"},message:"must match pattern \""+"^((([01][0-9])|(2[0-3])):[0-5][0-9])$|(^24:00$)"+"\""};
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
const err4 = {instancePath:instancePath+"/startTime",schemaPath:"#/properties/startTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate3178.errors = vErrors;
return errors === 0;
}

const pattern119 = new RegExp("^2\\d{3}(?::2\\d{3}|$)", "u");

function validate3175(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "daysOfMonth") || (key0 === "months")) || (key0 === "times")) || (key0 === "weekdays")) || (key0 === "years"))){
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
if(data.daysOfMonth !== undefined){
let data0 = data.daysOfMonth;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate3176(data0[i0], {instancePath:instancePath+"/daysOfMonth/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate3176.errors : vErrors.concat(validate3176.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/daysOfMonth",schemaPath:"#/properties/daysOfMonth/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.months !== undefined){
let data2 = data.months;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(typeof data2[i1] !== "string"){
const err2 = {instancePath:instancePath+"/months/" + i1,schemaPath:"#/properties/months/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath:instancePath+"/months",schemaPath:"#/properties/months/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.times !== undefined){
let data4 = data.times;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(!(validate3178(data4[i2], {instancePath:instancePath+"/times/" + i2,parentData:data4,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate3178.errors : vErrors.concat(validate3178.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/times",schemaPath:"#/properties/times/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.weekdays !== undefined){
let data6 = data.weekdays;
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
if(typeof data6[i3] !== "string"){
const err5 = {instancePath:instancePath+"/weekdays/" + i3,schemaPath:"#/properties/weekdays/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err6 = {instancePath:instancePath+"/weekdays",schemaPath:"#/properties/weekdays/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.years !== undefined){
let data8 = data.years;
if(Array.isArray(data8)){
const len4 = data8.length;
for(let i4=0; i4<len4; i4++){
let data9 = data8[i4];
if(typeof data9 === "string"){
if(!pattern119.test(data9)){
const err7 = {instancePath:instancePath+"/years/" + i4,schemaPath:"#/properties/years/items/pattern",keyword:"pattern",params:{pattern: "^2\\d{3}(?::2\\d{3}|$)"},message:"must match pattern \""+"^2\\d{3}(?::2\\d{3}|$)"+"\""};
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
const err8 = {instancePath:instancePath+"/years/" + i4,schemaPath:"#/properties/years/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err9 = {instancePath:instancePath+"/years",schemaPath:"#/properties/years/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate3175.errors = vErrors;
return errors === 0;
}


function validate3174(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "name") || (key0 === "timeIntervals"))){
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
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.timeIntervals !== undefined){
let data1 = data.timeIntervals;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate3175(data1[i0], {instancePath:instancePath+"/timeIntervals/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate3175.errors : vErrors.concat(validate3175.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/timeIntervals",schemaPath:"#/properties/timeIntervals/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate3174.errors = vErrors;
return errors === 0;
}

const schema1252 = {"properties":{"discordConfigs":{"items":{"$ref":"#/definitions/o13"},"type":"array"},"emailConfigs":{"items":{"$ref":"#/definitions/o16"},"type":"array"},"msteamsConfigs":{"items":{"$ref":"#/definitions/o17"},"type":"array"},"msteamsv2Configs":{"items":{"$ref":"#/definitions/o18"},"type":"array"},"name":{"minLength":1,"type":"string"},"opsgenieConfigs":{"items":{"$ref":"#/definitions/o20"},"type":"array"},"pagerdutyConfigs":{"items":{"$ref":"#/definitions/o23"},"type":"array"},"pushoverConfigs":{"items":{"$ref":"#/definitions/o24"},"type":"array"},"rocketchatConfigs":{"items":{"$ref":"#/definitions/o27"},"type":"array"},"slackConfigs":{"items":{"$ref":"#/definitions/o31"},"type":"array"},"snsConfigs":{"items":{"$ref":"#/definitions/o33"},"type":"array"},"telegramConfigs":{"items":{"$ref":"#/definitions/o34"},"type":"array"},"victoropsConfigs":{"items":{"$ref":"#/definitions/o35"},"type":"array"},"webexConfigs":{"items":{"$ref":"#/definitions/o36"},"type":"array"},"webhookConfigs":{"items":{"$ref":"#/definitions/o37"},"type":"array"},"wechatConfigs":{"items":{"$ref":"#/definitions/o38"},"type":"array"}},"required":["name"],"type":"object","additionalProperties":false};
const schema1253 = {"properties":{"apiURL":{"$ref":"#/definitions/o6"},"avatarURL":{"pattern":"^https?://.+$","type":"string"},"content":{"minLength":1,"type":"string"},"httpConfig":{"$ref":"#/definitions/o12"},"message":{"type":"string"},"sendResolved":{"type":"boolean"},"title":{"type":"string"},"username":{"minLength":1,"type":"string"}},"required":["apiURL"],"type":"object","additionalProperties":false};
const schema1254 = {"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false};

function validate3184(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate3184.errors = vErrors;
return errors === 0;
}

const schema1255 = {"properties":{"authorization":{"$ref":"#/definitions/o7"},"basicAuth":{"$ref":"#/definitions/o8"},"bearerTokenSecret":{"$ref":"#/definitions/o6"},"enableHttp2":{"type":"boolean"},"followRedirects":{"type":"boolean"},"noProxy":{"type":"string"},"oauth2":{"$ref":"#/definitions/o11"},"proxyConnectHeader":{"additionalProperties":{"items":{"$ref":"#/definitions/o6"},"type":"array"},"type":"object"},"proxyFromEnvironment":{"type":"boolean"},"proxyURL":{"type":"string"},"proxyUrl":{"pattern":"^(http|https|socks5)://.+$","type":"string"},"tlsConfig":{"$ref":"#/definitions/o10"}},"type":"object","additionalProperties":false};
const schema1256 = {"properties":{"credentials":{"$ref":"#/definitions/o6"},"type":{"type":"string"}},"type":"object","additionalProperties":false};

function validate3187(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate3184(data.credentials, {instancePath:instancePath+"/credentials",parentData:data,parentDataProperty:"credentials",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
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
validate3187.errors = vErrors;
return errors === 0;
}

const schema1257 = {"properties":{"password":{"$ref":"#/definitions/o6"},"username":{"$ref":"#/definitions/o6"}},"type":"object","additionalProperties":false};

function validate3190(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate3184(data.password, {instancePath:instancePath+"/password",parentData:data,parentDataProperty:"password",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.username !== undefined){
if(!(validate3184(data.username, {instancePath:instancePath+"/username",parentData:data,parentDataProperty:"username",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
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
validate3190.errors = vErrors;
return errors === 0;
}

const schema1258 = {"properties":{"clientId":{"$ref":"#/definitions/o9"},"clientSecret":{"$ref":"#/definitions/o6"},"endpointParams":{"additionalProperties":{"type":"string"},"type":"object"},"noProxy":{"type":"string"},"proxyConnectHeader":{"additionalProperties":{"items":{"$ref":"#/definitions/o6"},"type":"array"},"type":"object"},"proxyFromEnvironment":{"type":"boolean"},"proxyUrl":{"pattern":"^(http|https|socks5)://.+$","type":"string"},"scopes":{"items":{"type":"string"},"type":"array"},"tlsConfig":{"$ref":"#/definitions/o10"},"tokenUrl":{"pattern":"^(http|https)://.+$","type":"string"}},"required":["clientId","clientSecret","tokenUrl"],"type":"object","additionalProperties":false};
const schema1259 = {"properties":{"configMap":{"$ref":"#/definitions/o6"},"secret":{"$ref":"#/definitions/o6"}},"type":"object","additionalProperties":false};

function validate3196(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate3184(data.configMap, {instancePath:instancePath+"/configMap",parentData:data,parentDataProperty:"configMap",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.secret !== undefined){
if(!(validate3184(data.secret, {instancePath:instancePath+"/secret",parentData:data,parentDataProperty:"secret",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
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
validate3196.errors = vErrors;
return errors === 0;
}

const schema1260 = {"properties":{"ca":{"$ref":"#/definitions/o9"},"cert":{"$ref":"#/definitions/o9"},"insecureSkipVerify":{"type":"boolean"},"keySecret":{"$ref":"#/definitions/o6"},"maxVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"minVersion":{"enum":["TLS10","TLS11","TLS12","TLS13"],"type":"string"},"serverName":{"type":"string"}},"type":"object","additionalProperties":false};

function validate3202(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate3196(data.ca, {instancePath:instancePath+"/ca",parentData:data,parentDataProperty:"ca",rootData}))){
vErrors = vErrors === null ? validate3196.errors : vErrors.concat(validate3196.errors);
errors = vErrors.length;
}
}
if(data.cert !== undefined){
if(!(validate3196(data.cert, {instancePath:instancePath+"/cert",parentData:data,parentDataProperty:"cert",rootData}))){
vErrors = vErrors === null ? validate3196.errors : vErrors.concat(validate3196.errors);
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
if(!(validate3184(data.keySecret, {instancePath:instancePath+"/keySecret",parentData:data,parentDataProperty:"keySecret",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
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
const err3 = {instancePath:instancePath+"/maxVersion",schemaPath:"#/properties/maxVersion/enum",keyword:"enum",params:{allowedValues: schema1260.properties.maxVersion.enum},message:"must be equal to one of the allowed values"};
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
const err5 = {instancePath:instancePath+"/minVersion",schemaPath:"#/properties/minVersion/enum",keyword:"enum",params:{allowedValues: schema1260.properties.minVersion.enum},message:"must be equal to one of the allowed values"};
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
validate3202.errors = vErrors;
return errors === 0;
}

const pattern103 = new RegExp("^(http|https|socks5)://.+$", "u");
const pattern104 = new RegExp("^(http|https)://.+$", "u");

function validate3195(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(func2.call(schema1258.properties, key0))){
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
if(!(validate3196(data.clientId, {instancePath:instancePath+"/clientId",parentData:data,parentDataProperty:"clientId",rootData}))){
vErrors = vErrors === null ? validate3196.errors : vErrors.concat(validate3196.errors);
errors = vErrors.length;
}
}
if(data.clientSecret !== undefined){
if(!(validate3184(data.clientSecret, {instancePath:instancePath+"/clientSecret",parentData:data,parentDataProperty:"clientSecret",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
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
if(!(validate3184(data6[i0], {instancePath:instancePath+"/proxyConnectHeader/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
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
if(!(validate3202(data.tlsConfig, {instancePath:instancePath+"/tlsConfig",parentData:data,parentDataProperty:"tlsConfig",rootData}))){
vErrors = vErrors === null ? validate3202.errors : vErrors.concat(validate3202.errors);
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
validate3195.errors = vErrors;
return errors === 0;
}


function validate3186(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema1255.properties, key0))){
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
if(!(validate3187(data.authorization, {instancePath:instancePath+"/authorization",parentData:data,parentDataProperty:"authorization",rootData}))){
vErrors = vErrors === null ? validate3187.errors : vErrors.concat(validate3187.errors);
errors = vErrors.length;
}
}
if(data.basicAuth !== undefined){
if(!(validate3190(data.basicAuth, {instancePath:instancePath+"/basicAuth",parentData:data,parentDataProperty:"basicAuth",rootData}))){
vErrors = vErrors === null ? validate3190.errors : vErrors.concat(validate3190.errors);
errors = vErrors.length;
}
}
if(data.bearerTokenSecret !== undefined){
if(!(validate3184(data.bearerTokenSecret, {instancePath:instancePath+"/bearerTokenSecret",parentData:data,parentDataProperty:"bearerTokenSecret",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.enableHttp2 !== undefined){
if(typeof data.enableHttp2 !== "boolean"){
const err1 = {instancePath:instancePath+"/enableHttp2",schemaPath:"#/properties/enableHttp2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.followRedirects !== undefined){
if(typeof data.followRedirects !== "boolean"){
const err2 = {instancePath:instancePath+"/followRedirects",schemaPath:"#/properties/followRedirects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.noProxy !== undefined){
if(typeof data.noProxy !== "string"){
const err3 = {instancePath:instancePath+"/noProxy",schemaPath:"#/properties/noProxy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.oauth2 !== undefined){
if(!(validate3195(data.oauth2, {instancePath:instancePath+"/oauth2",parentData:data,parentDataProperty:"oauth2",rootData}))){
vErrors = vErrors === null ? validate3195.errors : vErrors.concat(validate3195.errors);
errors = vErrors.length;
}
}
if(data.proxyConnectHeader !== undefined){
let data7 = data.proxyConnectHeader;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
let data8 = data7[key1];
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate3184(data8[i0], {instancePath:instancePath+"/proxyConnectHeader/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/proxyConnectHeader/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/proxyConnectHeader/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err5 = {instancePath:instancePath+"/proxyConnectHeader",schemaPath:"#/properties/proxyConnectHeader/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.proxyFromEnvironment !== undefined){
if(typeof data.proxyFromEnvironment !== "boolean"){
const err6 = {instancePath:instancePath+"/proxyFromEnvironment",schemaPath:"#/properties/proxyFromEnvironment/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.proxyURL !== undefined){
if(typeof data.proxyURL !== "string"){
const err7 = {instancePath:instancePath+"/proxyURL",schemaPath:"#/properties/proxyURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.proxyUrl !== undefined){
let data12 = data.proxyUrl;
if(typeof data12 === "string"){
if(!pattern103.test(data12)){
const err8 = {instancePath:instancePath+"/proxyUrl",schemaPath:"#/properties/proxyUrl/pattern",keyword:"pattern",params:{pattern: "^(http|https|socks5)://.+$"},message:"must match pattern \""+"^(http|https|socks5)://.+$"+"\""};
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
const err9 = {instancePath:instancePath+"/proxyUrl",schemaPath:"#/properties/proxyUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tlsConfig !== undefined){
if(!(validate3202(data.tlsConfig, {instancePath:instancePath+"/tlsConfig",parentData:data,parentDataProperty:"tlsConfig",rootData}))){
vErrors = vErrors === null ? validate3202.errors : vErrors.concat(validate3202.errors);
errors = vErrors.length;
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
validate3186.errors = vErrors;
return errors === 0;
}

const pattern120 = new RegExp("^https?://.+$", "u");

function validate3183(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiURL === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiURL"},message:"must have required property '"+"apiURL"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "apiURL") || (key0 === "avatarURL")) || (key0 === "content")) || (key0 === "httpConfig")) || (key0 === "message")) || (key0 === "sendResolved")) || (key0 === "title")) || (key0 === "username"))){
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
if(data.apiURL !== undefined){
if(!(validate3184(data.apiURL, {instancePath:instancePath+"/apiURL",parentData:data,parentDataProperty:"apiURL",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.avatarURL !== undefined){
let data1 = data.avatarURL;
if(typeof data1 === "string"){
if(!pattern120.test(data1)){
const err2 = {instancePath:instancePath+"/avatarURL",schemaPath:"#/properties/avatarURL/pattern",keyword:"pattern",params:{pattern: "^https?://.+$"},message:"must match pattern \""+"^https?://.+$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/avatarURL",schemaPath:"#/properties/avatarURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.content !== undefined){
let data2 = data.content;
if(typeof data2 === "string"){
if(func50(data2) < 1){
const err4 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.httpConfig !== undefined){
if(!(validate3186(data.httpConfig, {instancePath:instancePath+"/httpConfig",parentData:data,parentDataProperty:"httpConfig",rootData}))){
vErrors = vErrors === null ? validate3186.errors : vErrors.concat(validate3186.errors);
errors = vErrors.length;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err6 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.sendResolved !== undefined){
if(typeof data.sendResolved !== "boolean"){
const err7 = {instancePath:instancePath+"/sendResolved",schemaPath:"#/properties/sendResolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.username !== undefined){
let data7 = data.username;
if(typeof data7 === "string"){
if(func50(data7) < 1){
const err9 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err10 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate3183.errors = vErrors;
return errors === 0;
}

const schema1261 = {"properties":{"authIdentity":{"minLength":1,"type":"string"},"authPassword":{"$ref":"#/definitions/o6"},"authSecret":{"$ref":"#/definitions/o6"},"authUsername":{"minLength":1,"type":"string"},"forceImplicitTLS":{"type":"boolean"},"from":{"minLength":1,"type":"string"},"headers":{"items":{"$ref":"#/definitions/o14"},"type":"array"},"hello":{"minLength":1,"type":"string"},"html":{"type":"string"},"requireTLS":{"type":"boolean"},"sendResolved":{"type":"boolean"},"smarthost":{"minLength":1,"type":"string"},"text":{"minLength":1,"type":"string"},"threading":{"$ref":"#/definitions/o15"},"tlsConfig":{"$ref":"#/definitions/o10"},"to":{"minLength":1,"type":"string"}},"type":"object","additionalProperties":false};
const schema1262 = {"properties":{"key":{"minLength":1,"type":"string"},"value":{"type":"string"}},"required":["key","value"],"type":"object","additionalProperties":false};

function validate3215(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.value === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "key") || (key0 === "value"))){
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
let data0 = data.key;
if(typeof data0 === "string"){
if(func50(data0) < 1){
const err3 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err4 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.value !== undefined){
if(typeof data.value !== "string"){
const err5 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate3215.errors = vErrors;
return errors === 0;
}

const schema1263 = {"properties":{"threadByDate":{"enum":["Daily","None"],"type":"string"}},"required":["threadByDate"],"type":"object","additionalProperties":false};

function validate3217(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.threadByDate === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "threadByDate"},message:"must have required property '"+"threadByDate"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "threadByDate")){
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
if(data.threadByDate !== undefined){
let data0 = data.threadByDate;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/threadByDate",schemaPath:"#/properties/threadByDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data0 === "Daily") || (data0 === "None"))){
const err3 = {instancePath:instancePath+"/threadByDate",schemaPath:"#/properties/threadByDate/enum",keyword:"enum",params:{allowedValues: schema1263.properties.threadByDate.enum},message:"must be equal to one of the allowed values"};
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
validate3217.errors = vErrors;
return errors === 0;
}


function validate3212(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema1261.properties, key0))){
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
if(data.authIdentity !== undefined){
let data0 = data.authIdentity;
if(typeof data0 === "string"){
if(func50(data0) < 1){
const err1 = {instancePath:instancePath+"/authIdentity",schemaPath:"#/properties/authIdentity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/authIdentity",schemaPath:"#/properties/authIdentity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.authPassword !== undefined){
if(!(validate3184(data.authPassword, {instancePath:instancePath+"/authPassword",parentData:data,parentDataProperty:"authPassword",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.authSecret !== undefined){
if(!(validate3184(data.authSecret, {instancePath:instancePath+"/authSecret",parentData:data,parentDataProperty:"authSecret",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.authUsername !== undefined){
let data3 = data.authUsername;
if(typeof data3 === "string"){
if(func50(data3) < 1){
const err3 = {instancePath:instancePath+"/authUsername",schemaPath:"#/properties/authUsername/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err4 = {instancePath:instancePath+"/authUsername",schemaPath:"#/properties/authUsername/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.forceImplicitTLS !== undefined){
if(typeof data.forceImplicitTLS !== "boolean"){
const err5 = {instancePath:instancePath+"/forceImplicitTLS",schemaPath:"#/properties/forceImplicitTLS/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.from !== undefined){
let data5 = data.from;
if(typeof data5 === "string"){
if(func50(data5) < 1){
const err6 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.headers !== undefined){
let data6 = data.headers;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate3215(data6[i0], {instancePath:instancePath+"/headers/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate3215.errors : vErrors.concat(validate3215.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.hello !== undefined){
let data8 = data.hello;
if(typeof data8 === "string"){
if(func50(data8) < 1){
const err9 = {instancePath:instancePath+"/hello",schemaPath:"#/properties/hello/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err10 = {instancePath:instancePath+"/hello",schemaPath:"#/properties/hello/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.html !== undefined){
if(typeof data.html !== "string"){
const err11 = {instancePath:instancePath+"/html",schemaPath:"#/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.requireTLS !== undefined){
if(typeof data.requireTLS !== "boolean"){
const err12 = {instancePath:instancePath+"/requireTLS",schemaPath:"#/properties/requireTLS/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.sendResolved !== undefined){
if(typeof data.sendResolved !== "boolean"){
const err13 = {instancePath:instancePath+"/sendResolved",schemaPath:"#/properties/sendResolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.smarthost !== undefined){
let data12 = data.smarthost;
if(typeof data12 === "string"){
if(func50(data12) < 1){
const err14 = {instancePath:instancePath+"/smarthost",schemaPath:"#/properties/smarthost/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err15 = {instancePath:instancePath+"/smarthost",schemaPath:"#/properties/smarthost/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.text !== undefined){
let data13 = data.text;
if(typeof data13 === "string"){
if(func50(data13) < 1){
const err16 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.threading !== undefined){
if(!(validate3217(data.threading, {instancePath:instancePath+"/threading",parentData:data,parentDataProperty:"threading",rootData}))){
vErrors = vErrors === null ? validate3217.errors : vErrors.concat(validate3217.errors);
errors = vErrors.length;
}
}
if(data.tlsConfig !== undefined){
if(!(validate3202(data.tlsConfig, {instancePath:instancePath+"/tlsConfig",parentData:data,parentDataProperty:"tlsConfig",rootData}))){
vErrors = vErrors === null ? validate3202.errors : vErrors.concat(validate3202.errors);
errors = vErrors.length;
}
}
if(data.to !== undefined){
let data16 = data.to;
if(typeof data16 === "string"){
if(func50(data16) < 1){
const err18 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err19 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate3212.errors = vErrors;
return errors === 0;
}

const schema1264 = {"properties":{"httpConfig":{"$ref":"#/definitions/o12"},"sendResolved":{"type":"boolean"},"summary":{"type":"string"},"text":{"type":"string"},"title":{"type":"string"},"webhookUrl":{"$ref":"#/definitions/o6"}},"required":["webhookUrl"],"type":"object","additionalProperties":false};

function validate3221(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhookUrl === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "webhookUrl"},message:"must have required property '"+"webhookUrl"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "httpConfig") || (key0 === "sendResolved")) || (key0 === "summary")) || (key0 === "text")) || (key0 === "title")) || (key0 === "webhookUrl"))){
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
if(data.httpConfig !== undefined){
if(!(validate3186(data.httpConfig, {instancePath:instancePath+"/httpConfig",parentData:data,parentDataProperty:"httpConfig",rootData}))){
vErrors = vErrors === null ? validate3186.errors : vErrors.concat(validate3186.errors);
errors = vErrors.length;
}
}
if(data.sendResolved !== undefined){
if(typeof data.sendResolved !== "boolean"){
const err2 = {instancePath:instancePath+"/sendResolved",schemaPath:"#/properties/sendResolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.summary !== undefined){
if(typeof data.summary !== "string"){
const err3 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.webhookUrl !== undefined){
if(!(validate3184(data.webhookUrl, {instancePath:instancePath+"/webhookUrl",parentData:data,parentDataProperty:"webhookUrl",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
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
validate3221.errors = vErrors;
return errors === 0;
}

const schema1265 = {"properties":{"httpConfig":{"$ref":"#/definitions/o12"},"sendResolved":{"type":"boolean"},"text":{"minLength":1,"type":"string"},"title":{"minLength":1,"type":"string"},"webhookURL":{"$ref":"#/definitions/o6"}},"type":"object","additionalProperties":false};

function validate3225(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "httpConfig") || (key0 === "sendResolved")) || (key0 === "text")) || (key0 === "title")) || (key0 === "webhookURL"))){
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
if(data.httpConfig !== undefined){
if(!(validate3186(data.httpConfig, {instancePath:instancePath+"/httpConfig",parentData:data,parentDataProperty:"httpConfig",rootData}))){
vErrors = vErrors === null ? validate3186.errors : vErrors.concat(validate3186.errors);
errors = vErrors.length;
}
}
if(data.sendResolved !== undefined){
if(typeof data.sendResolved !== "boolean"){
const err1 = {instancePath:instancePath+"/sendResolved",schemaPath:"#/properties/sendResolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.text !== undefined){
let data2 = data.text;
if(typeof data2 === "string"){
if(func50(data2) < 1){
const err2 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.title !== undefined){
let data3 = data.title;
if(typeof data3 === "string"){
if(func50(data3) < 1){
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.webhookURL !== undefined){
if(!(validate3184(data.webhookURL, {instancePath:instancePath+"/webhookURL",parentData:data,parentDataProperty:"webhookURL",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
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
validate3225.errors = vErrors;
return errors === 0;
}

const schema1266 = {"properties":{"actions":{"minLength":1,"type":"string"},"apiKey":{"$ref":"#/definitions/o6"},"apiURL":{"pattern":"^https?://.+$","type":"string"},"description":{"minLength":1,"type":"string"},"details":{"items":{"$ref":"#/definitions/o14"},"type":"array"},"entity":{"minLength":1,"type":"string"},"httpConfig":{"$ref":"#/definitions/o12"},"message":{"minLength":1,"type":"string"},"note":{"minLength":1,"type":"string"},"priority":{"minLength":1,"type":"string"},"responders":{"items":{"$ref":"#/definitions/o19"},"type":"array"},"sendResolved":{"type":"boolean"},"source":{"minLength":1,"type":"string"},"tags":{"minLength":1,"type":"string"},"updateAlerts":{"type":"boolean"}},"type":"object","additionalProperties":false};
const schema1267 = {"properties":{"id":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"},"type":{"enum":["team","teams","user","escalation","schedule"],"minLength":1,"type":"string"},"username":{"minLength":1,"type":"string"}},"required":["type"],"type":"object","additionalProperties":false};

function validate3233(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "name")) || (key0 === "type")) || (key0 === "username"))){
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
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func50(data0) < 1){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func50(data1) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(!(((((data2 === "team") || (data2 === "teams")) || (data2 === "user")) || (data2 === "escalation")) || (data2 === "schedule"))){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema1267.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data2 === "string"){
if(func50(data2) < 1){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.username !== undefined){
let data3 = data.username;
if(typeof data3 === "string"){
if(func50(data3) < 1){
const err9 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err10 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate3233.errors = vErrors;
return errors === 0;
}


function validate3229(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema1266.properties, key0))){
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
if(data.actions !== undefined){
let data0 = data.actions;
if(typeof data0 === "string"){
if(func50(data0) < 1){
const err1 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.apiKey !== undefined){
if(!(validate3184(data.apiKey, {instancePath:instancePath+"/apiKey",parentData:data,parentDataProperty:"apiKey",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.apiURL !== undefined){
let data2 = data.apiURL;
if(typeof data2 === "string"){
if(!pattern120.test(data2)){
const err3 = {instancePath:instancePath+"/apiURL",schemaPath:"#/properties/apiURL/pattern",keyword:"pattern",params:{pattern: "^https?://.+$"},message:"must match pattern \""+"^https?://.+$"+"\""};
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
const err4 = {instancePath:instancePath+"/apiURL",schemaPath:"#/properties/apiURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func50(data3) < 1){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.details !== undefined){
let data4 = data.details;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate3215(data4[i0], {instancePath:instancePath+"/details/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate3215.errors : vErrors.concat(validate3215.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.entity !== undefined){
let data6 = data.entity;
if(typeof data6 === "string"){
if(func50(data6) < 1){
const err8 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err9 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.httpConfig !== undefined){
if(!(validate3186(data.httpConfig, {instancePath:instancePath+"/httpConfig",parentData:data,parentDataProperty:"httpConfig",rootData}))){
vErrors = vErrors === null ? validate3186.errors : vErrors.concat(validate3186.errors);
errors = vErrors.length;
}
}
if(data.message !== undefined){
let data8 = data.message;
if(typeof data8 === "string"){
if(func50(data8) < 1){
const err10 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err11 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.note !== undefined){
let data9 = data.note;
if(typeof data9 === "string"){
if(func50(data9) < 1){
const err12 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.priority !== undefined){
let data10 = data.priority;
if(typeof data10 === "string"){
if(func50(data10) < 1){
const err14 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err15 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.responders !== undefined){
let data11 = data.responders;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(!(validate3233(data11[i1], {instancePath:instancePath+"/responders/" + i1,parentData:data11,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate3233.errors : vErrors.concat(validate3233.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/responders",schemaPath:"#/properties/responders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.sendResolved !== undefined){
if(typeof data.sendResolved !== "boolean"){
const err17 = {instancePath:instancePath+"/sendResolved",schemaPath:"#/properties/sendResolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.source !== undefined){
let data14 = data.source;
if(typeof data14 === "string"){
if(func50(data14) < 1){
const err18 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err19 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.tags !== undefined){
let data15 = data.tags;
if(typeof data15 === "string"){
if(func50(data15) < 1){
const err20 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err21 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.updateAlerts !== undefined){
if(typeof data.updateAlerts !== "boolean"){
const err22 = {instancePath:instancePath+"/updateAlerts",schemaPath:"#/properties/updateAlerts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate3229.errors = vErrors;
return errors === 0;
}

const schema1268 = {"properties":{"class":{"minLength":1,"type":"string"},"client":{"minLength":1,"type":"string"},"clientURL":{"type":"string"},"component":{"minLength":1,"type":"string"},"description":{"minLength":1,"type":"string"},"details":{"items":{"$ref":"#/definitions/o14"},"type":"array"},"group":{"minLength":1,"type":"string"},"httpConfig":{"$ref":"#/definitions/o12"},"pagerDutyImageConfigs":{"items":{"$ref":"#/definitions/o21"},"type":"array"},"pagerDutyLinkConfigs":{"items":{"$ref":"#/definitions/o22"},"type":"array"},"routingKey":{"$ref":"#/definitions/o6"},"sendResolved":{"type":"boolean"},"serviceKey":{"$ref":"#/definitions/o6"},"severity":{"minLength":1,"type":"string"},"source":{"minLength":1,"type":"string"},"timeout":{"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"url":{"pattern":"^https?://.+$","type":"string"}},"type":"object","additionalProperties":false};
const schema1269 = {"properties":{"alt":{"minLength":1,"type":"string"},"href":{"type":"string"},"src":{"minLength":1,"type":"string"}},"type":"object","additionalProperties":false};

function validate3239(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "alt") || (key0 === "href")) || (key0 === "src"))){
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
if(data.alt !== undefined){
let data0 = data.alt;
if(typeof data0 === "string"){
if(func50(data0) < 1){
const err1 = {instancePath:instancePath+"/alt",schemaPath:"#/properties/alt/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/alt",schemaPath:"#/properties/alt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.href !== undefined){
if(typeof data.href !== "string"){
const err3 = {instancePath:instancePath+"/href",schemaPath:"#/properties/href/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.src !== undefined){
let data2 = data.src;
if(typeof data2 === "string"){
if(func50(data2) < 1){
const err4 = {instancePath:instancePath+"/src",schemaPath:"#/properties/src/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/src",schemaPath:"#/properties/src/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate3239.errors = vErrors;
return errors === 0;
}

const schema1270 = {"properties":{"alt":{"minLength":1,"type":"string"},"href":{"type":"string"}},"type":"object","additionalProperties":false};

function validate3241(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "alt") || (key0 === "href"))){
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
if(data.alt !== undefined){
let data0 = data.alt;
if(typeof data0 === "string"){
if(func50(data0) < 1){
const err1 = {instancePath:instancePath+"/alt",schemaPath:"#/properties/alt/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/alt",schemaPath:"#/properties/alt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.href !== undefined){
if(typeof data.href !== "string"){
const err3 = {instancePath:instancePath+"/href",schemaPath:"#/properties/href/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate3241.errors = vErrors;
return errors === 0;
}

const pattern102 = new RegExp("^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$", "u");

function validate3236(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema1268.properties, key0))){
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
if(data.class !== undefined){
let data0 = data.class;
if(typeof data0 === "string"){
if(func50(data0) < 1){
const err1 = {instancePath:instancePath+"/class",schemaPath:"#/properties/class/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/class",schemaPath:"#/properties/class/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.client !== undefined){
let data1 = data.client;
if(typeof data1 === "string"){
if(func50(data1) < 1){
const err3 = {instancePath:instancePath+"/client",schemaPath:"#/properties/client/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err4 = {instancePath:instancePath+"/client",schemaPath:"#/properties/client/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.clientURL !== undefined){
if(typeof data.clientURL !== "string"){
const err5 = {instancePath:instancePath+"/clientURL",schemaPath:"#/properties/clientURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.component !== undefined){
let data3 = data.component;
if(typeof data3 === "string"){
if(func50(data3) < 1){
const err6 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data4 = data.description;
if(typeof data4 === "string"){
if(func50(data4) < 1){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.details !== undefined){
let data5 = data.details;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate3215(data5[i0], {instancePath:instancePath+"/details/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate3215.errors : vErrors.concat(validate3215.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.group !== undefined){
let data7 = data.group;
if(typeof data7 === "string"){
if(func50(data7) < 1){
const err11 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.httpConfig !== undefined){
if(!(validate3186(data.httpConfig, {instancePath:instancePath+"/httpConfig",parentData:data,parentDataProperty:"httpConfig",rootData}))){
vErrors = vErrors === null ? validate3186.errors : vErrors.concat(validate3186.errors);
errors = vErrors.length;
}
}
if(data.pagerDutyImageConfigs !== undefined){
let data9 = data.pagerDutyImageConfigs;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(!(validate3239(data9[i1], {instancePath:instancePath+"/pagerDutyImageConfigs/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate3239.errors : vErrors.concat(validate3239.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/pagerDutyImageConfigs",schemaPath:"#/properties/pagerDutyImageConfigs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.pagerDutyLinkConfigs !== undefined){
let data11 = data.pagerDutyLinkConfigs;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
if(!(validate3241(data11[i2], {instancePath:instancePath+"/pagerDutyLinkConfigs/" + i2,parentData:data11,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate3241.errors : vErrors.concat(validate3241.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/pagerDutyLinkConfigs",schemaPath:"#/properties/pagerDutyLinkConfigs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.routingKey !== undefined){
if(!(validate3184(data.routingKey, {instancePath:instancePath+"/routingKey",parentData:data,parentDataProperty:"routingKey",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.sendResolved !== undefined){
if(typeof data.sendResolved !== "boolean"){
const err15 = {instancePath:instancePath+"/sendResolved",schemaPath:"#/properties/sendResolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.serviceKey !== undefined){
if(!(validate3184(data.serviceKey, {instancePath:instancePath+"/serviceKey",parentData:data,parentDataProperty:"serviceKey",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.severity !== undefined){
let data16 = data.severity;
if(typeof data16 === "string"){
if(func50(data16) < 1){
const err16 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.source !== undefined){
let data17 = data.source;
if(typeof data17 === "string"){
if(func50(data17) < 1){
const err18 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err19 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.timeout !== undefined){
let data18 = data.timeout;
if(typeof data18 === "string"){
if(!pattern102.test(data18)){
const err20 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"},message:"must match pattern \""+"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"+"\""};
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
const err21 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.url !== undefined){
let data19 = data.url;
if(typeof data19 === "string"){
if(!pattern120.test(data19)){
const err22 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://.+$"},message:"must match pattern \""+"^https?://.+$"+"\""};
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
const err23 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate3236.errors = vErrors;
return errors === 0;
}

const schema1271 = {"properties":{"device":{"minLength":1,"type":"string"},"expire":{"pattern":"^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$","type":"string"},"html":{"type":"boolean"},"httpConfig":{"$ref":"#/definitions/o12"},"message":{"minLength":1,"type":"string"},"monospace":{"type":"boolean"},"priority":{"minLength":1,"type":"string"},"retry":{"pattern":"^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$","type":"string"},"sendResolved":{"type":"boolean"},"sound":{"minLength":1,"type":"string"},"title":{"minLength":1,"type":"string"},"token":{"$ref":"#/definitions/o6"},"tokenFile":{"minLength":1,"type":"string"},"ttl":{"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"url":{"type":"string"},"urlTitle":{"minLength":1,"type":"string"},"userKey":{"$ref":"#/definitions/o6"},"userKeyFile":{"minLength":1,"type":"string"}},"type":"object","additionalProperties":false};
const pattern127 = new RegExp("^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$", "u");

function validate3246(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema1271.properties, key0))){
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
if(data.device !== undefined){
let data0 = data.device;
if(typeof data0 === "string"){
if(func50(data0) < 1){
const err1 = {instancePath:instancePath+"/device",schemaPath:"#/properties/device/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/device",schemaPath:"#/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.expire !== undefined){
let data1 = data.expire;
if(typeof data1 === "string"){
if(!pattern127.test(data1)){
const err3 = {instancePath:instancePath+"/expire",schemaPath:"#/properties/expire/pattern",keyword:"pattern",params:{pattern: "^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$"},message:"must match pattern \""+"^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$"+"\""};
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
const err4 = {instancePath:instancePath+"/expire",schemaPath:"#/properties/expire/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.html !== undefined){
if(typeof data.html !== "boolean"){
const err5 = {instancePath:instancePath+"/html",schemaPath:"#/properties/html/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.httpConfig !== undefined){
if(!(validate3186(data.httpConfig, {instancePath:instancePath+"/httpConfig",parentData:data,parentDataProperty:"httpConfig",rootData}))){
vErrors = vErrors === null ? validate3186.errors : vErrors.concat(validate3186.errors);
errors = vErrors.length;
}
}
if(data.message !== undefined){
let data4 = data.message;
if(typeof data4 === "string"){
if(func50(data4) < 1){
const err6 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.monospace !== undefined){
if(typeof data.monospace !== "boolean"){
const err8 = {instancePath:instancePath+"/monospace",schemaPath:"#/properties/monospace/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.priority !== undefined){
let data6 = data.priority;
if(typeof data6 === "string"){
if(func50(data6) < 1){
const err9 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err10 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.retry !== undefined){
let data7 = data.retry;
if(typeof data7 === "string"){
if(!pattern127.test(data7)){
const err11 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/pattern",keyword:"pattern",params:{pattern: "^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$"},message:"must match pattern \""+"^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.sendResolved !== undefined){
if(typeof data.sendResolved !== "boolean"){
const err13 = {instancePath:instancePath+"/sendResolved",schemaPath:"#/properties/sendResolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.sound !== undefined){
let data9 = data.sound;
if(typeof data9 === "string"){
if(func50(data9) < 1){
const err14 = {instancePath:instancePath+"/sound",schemaPath:"#/properties/sound/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err15 = {instancePath:instancePath+"/sound",schemaPath:"#/properties/sound/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.title !== undefined){
let data10 = data.title;
if(typeof data10 === "string"){
if(func50(data10) < 1){
const err16 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.token !== undefined){
if(!(validate3184(data.token, {instancePath:instancePath+"/token",parentData:data,parentDataProperty:"token",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.tokenFile !== undefined){
let data12 = data.tokenFile;
if(typeof data12 === "string"){
if(func50(data12) < 1){
const err18 = {instancePath:instancePath+"/tokenFile",schemaPath:"#/properties/tokenFile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err19 = {instancePath:instancePath+"/tokenFile",schemaPath:"#/properties/tokenFile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.ttl !== undefined){
let data13 = data.ttl;
if(typeof data13 === "string"){
if(!pattern102.test(data13)){
const err20 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/pattern",keyword:"pattern",params:{pattern: "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"},message:"must match pattern \""+"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"+"\""};
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
const err21 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.url !== undefined){
if(typeof data.url !== "string"){
const err22 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.urlTitle !== undefined){
let data15 = data.urlTitle;
if(typeof data15 === "string"){
if(func50(data15) < 1){
const err23 = {instancePath:instancePath+"/urlTitle",schemaPath:"#/properties/urlTitle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err24 = {instancePath:instancePath+"/urlTitle",schemaPath:"#/properties/urlTitle/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.userKey !== undefined){
if(!(validate3184(data.userKey, {instancePath:instancePath+"/userKey",parentData:data,parentDataProperty:"userKey",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.userKeyFile !== undefined){
let data17 = data.userKeyFile;
if(typeof data17 === "string"){
if(func50(data17) < 1){
const err25 = {instancePath:instancePath+"/userKeyFile",schemaPath:"#/properties/userKeyFile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/userKeyFile",schemaPath:"#/properties/userKeyFile/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate3246.errors = vErrors;
return errors === 0;
}

const schema1272 = {"properties":{"actions":{"items":{"$ref":"#/definitions/o25"},"minItems":1,"type":"array"},"apiURL":{"pattern":"^https?://.+$","type":"string"},"channel":{"minLength":1,"type":"string"},"color":{"minLength":1,"type":"string"},"emoji":{"minLength":1,"type":"string"},"fields":{"items":{"$ref":"#/definitions/o26"},"minItems":1,"type":"array"},"httpConfig":{"$ref":"#/definitions/o12"},"iconURL":{"type":"string"},"imageURL":{"type":"string"},"linkNames":{"type":"boolean"},"sendResolved":{"type":"boolean"},"shortFields":{"type":"boolean"},"text":{"minLength":1,"type":"string"},"thumbURL":{"type":"string"},"title":{"minLength":1,"type":"string"},"titleLink":{"minLength":1,"type":"string"},"token":{"$ref":"#/definitions/o6"},"tokenID":{"$ref":"#/definitions/o6"}},"required":["token","tokenID"],"type":"object","additionalProperties":false};
const schema1273 = {"properties":{"msg":{"minLength":1,"type":"string"},"text":{"minLength":1,"type":"string"},"url":{"type":"string"}},"type":"object","additionalProperties":false};

function validate3252(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "msg") || (key0 === "text")) || (key0 === "url"))){
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
if(data.msg !== undefined){
let data0 = data.msg;
if(typeof data0 === "string"){
if(func50(data0) < 1){
const err1 = {instancePath:instancePath+"/msg",schemaPath:"#/properties/msg/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/msg",schemaPath:"#/properties/msg/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.text !== undefined){
let data1 = data.text;
if(typeof data1 === "string"){
if(func50(data1) < 1){
const err3 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.url !== undefined){
if(typeof data.url !== "string"){
const err5 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate3252.errors = vErrors;
return errors === 0;
}

const schema1274 = {"properties":{"short":{"type":"boolean"},"title":{"minLength":1,"type":"string"},"value":{"minLength":1,"type":"string"}},"type":"object","additionalProperties":false};

function validate3254(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "short") || (key0 === "title")) || (key0 === "value"))){
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
if(data.short !== undefined){
if(typeof data.short !== "boolean"){
const err1 = {instancePath:instancePath+"/short",schemaPath:"#/properties/short/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func50(data1) < 1){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.value !== undefined){
let data2 = data.value;
if(typeof data2 === "string"){
if(func50(data2) < 1){
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate3254.errors = vErrors;
return errors === 0;
}


function validate3251(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.token === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.tokenID === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tokenID"},message:"must have required property '"+"tokenID"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema1272.properties, key0))){
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
if(data.actions !== undefined){
let data0 = data.actions;
if(Array.isArray(data0)){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate3252(data0[i0], {instancePath:instancePath+"/actions/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate3252.errors : vErrors.concat(validate3252.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiURL !== undefined){
let data2 = data.apiURL;
if(typeof data2 === "string"){
if(!pattern120.test(data2)){
const err5 = {instancePath:instancePath+"/apiURL",schemaPath:"#/properties/apiURL/pattern",keyword:"pattern",params:{pattern: "^https?://.+$"},message:"must match pattern \""+"^https?://.+$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/apiURL",schemaPath:"#/properties/apiURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.channel !== undefined){
let data3 = data.channel;
if(typeof data3 === "string"){
if(func50(data3) < 1){
const err7 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err8 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.color !== undefined){
let data4 = data.color;
if(typeof data4 === "string"){
if(func50(data4) < 1){
const err9 = {instancePath:instancePath+"/color",schemaPath:"#/properties/color/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err10 = {instancePath:instancePath+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.emoji !== undefined){
let data5 = data.emoji;
if(typeof data5 === "string"){
if(func50(data5) < 1){
const err11 = {instancePath:instancePath+"/emoji",schemaPath:"#/properties/emoji/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/emoji",schemaPath:"#/properties/emoji/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.fields !== undefined){
let data6 = data.fields;
if(Array.isArray(data6)){
if(data6.length < 1){
const err13 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(validate3254(data6[i1], {instancePath:instancePath+"/fields/" + i1,parentData:data6,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate3254.errors : vErrors.concat(validate3254.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.httpConfig !== undefined){
if(!(validate3186(data.httpConfig, {instancePath:instancePath+"/httpConfig",parentData:data,parentDataProperty:"httpConfig",rootData}))){
vErrors = vErrors === null ? validate3186.errors : vErrors.concat(validate3186.errors);
errors = vErrors.length;
}
}
if(data.iconURL !== undefined){
if(typeof data.iconURL !== "string"){
const err15 = {instancePath:instancePath+"/iconURL",schemaPath:"#/properties/iconURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.imageURL !== undefined){
if(typeof data.imageURL !== "string"){
const err16 = {instancePath:instancePath+"/imageURL",schemaPath:"#/properties/imageURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.linkNames !== undefined){
if(typeof data.linkNames !== "boolean"){
const err17 = {instancePath:instancePath+"/linkNames",schemaPath:"#/properties/linkNames/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.sendResolved !== undefined){
if(typeof data.sendResolved !== "boolean"){
const err18 = {instancePath:instancePath+"/sendResolved",schemaPath:"#/properties/sendResolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.shortFields !== undefined){
if(typeof data.shortFields !== "boolean"){
const err19 = {instancePath:instancePath+"/shortFields",schemaPath:"#/properties/shortFields/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.text !== undefined){
let data14 = data.text;
if(typeof data14 === "string"){
if(func50(data14) < 1){
const err20 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err21 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.thumbURL !== undefined){
if(typeof data.thumbURL !== "string"){
const err22 = {instancePath:instancePath+"/thumbURL",schemaPath:"#/properties/thumbURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.title !== undefined){
let data16 = data.title;
if(typeof data16 === "string"){
if(func50(data16) < 1){
const err23 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err24 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.titleLink !== undefined){
let data17 = data.titleLink;
if(typeof data17 === "string"){
if(func50(data17) < 1){
const err25 = {instancePath:instancePath+"/titleLink",schemaPath:"#/properties/titleLink/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/titleLink",schemaPath:"#/properties/titleLink/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.token !== undefined){
if(!(validate3184(data.token, {instancePath:instancePath+"/token",parentData:data,parentDataProperty:"token",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.tokenID !== undefined){
if(!(validate3184(data.tokenID, {instancePath:instancePath+"/tokenID",parentData:data,parentDataProperty:"tokenID",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate3251.errors = vErrors;
return errors === 0;
}

const schema1275 = {"properties":{"actions":{"items":{"$ref":"#/definitions/o29"},"minItems":1,"type":"array"},"apiURL":{"$ref":"#/definitions/o6"},"callbackId":{"minLength":1,"type":"string"},"channel":{"minLength":1,"type":"string"},"color":{"minLength":1,"type":"string"},"fallback":{"minLength":1,"type":"string"},"fields":{"items":{"$ref":"#/definitions/o30"},"minItems":1,"type":"array"},"footer":{"minLength":1,"type":"string"},"httpConfig":{"$ref":"#/definitions/o12"},"iconEmoji":{"minLength":1,"type":"string"},"iconURL":{"type":"string"},"imageURL":{"type":"string"},"linkNames":{"type":"boolean"},"messageText":{"minLength":1,"type":"string"},"mrkdwnIn":{"items":{"minLength":1,"type":"string"},"minItems":1,"type":"array"},"pretext":{"minLength":1,"type":"string"},"sendResolved":{"type":"boolean"},"shortFields":{"type":"boolean"},"text":{"minLength":1,"type":"string"},"thumbURL":{"type":"string"},"timeout":{"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"title":{"minLength":1,"type":"string"},"titleLink":{"type":"string"},"updateMessage":{"type":"boolean"},"username":{"minLength":1,"type":"string"}},"type":"object","additionalProperties":false};
const schema1276 = {"properties":{"confirm":{"$ref":"#/definitions/o28"},"name":{"minLength":1,"type":"string"},"style":{"minLength":1,"type":"string"},"text":{"minLength":1,"type":"string"},"type":{"minLength":1,"type":"string"},"url":{"type":"string"},"value":{"minLength":1,"type":"string"}},"required":["text","type"],"type":"object","additionalProperties":false};
const schema1277 = {"properties":{"dismissText":{"minLength":1,"type":"string"},"okText":{"minLength":1,"type":"string"},"text":{"minLength":1,"type":"string"},"title":{"minLength":1,"type":"string"}},"required":["text"],"type":"object","additionalProperties":false};

function validate3262(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "dismissText") || (key0 === "okText")) || (key0 === "text")) || (key0 === "title"))){
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
if(data.dismissText !== undefined){
let data0 = data.dismissText;
if(typeof data0 === "string"){
if(func50(data0) < 1){
const err2 = {instancePath:instancePath+"/dismissText",schemaPath:"#/properties/dismissText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/dismissText",schemaPath:"#/properties/dismissText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.okText !== undefined){
let data1 = data.okText;
if(typeof data1 === "string"){
if(func50(data1) < 1){
const err4 = {instancePath:instancePath+"/okText",schemaPath:"#/properties/okText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/okText",schemaPath:"#/properties/okText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.text !== undefined){
let data2 = data.text;
if(typeof data2 === "string"){
if(func50(data2) < 1){
const err6 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.title !== undefined){
let data3 = data.title;
if(typeof data3 === "string"){
if(func50(data3) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate3262.errors = vErrors;
return errors === 0;
}


function validate3261(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "confirm") || (key0 === "name")) || (key0 === "style")) || (key0 === "text")) || (key0 === "type")) || (key0 === "url")) || (key0 === "value"))){
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
if(data.confirm !== undefined){
if(!(validate3262(data.confirm, {instancePath:instancePath+"/confirm",parentData:data,parentDataProperty:"confirm",rootData}))){
vErrors = vErrors === null ? validate3262.errors : vErrors.concat(validate3262.errors);
errors = vErrors.length;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func50(data1) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.style !== undefined){
let data2 = data.style;
if(typeof data2 === "string"){
if(func50(data2) < 1){
const err5 = {instancePath:instancePath+"/style",schemaPath:"#/properties/style/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/style",schemaPath:"#/properties/style/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.text !== undefined){
let data3 = data.text;
if(typeof data3 === "string"){
if(func50(data3) < 1){
const err7 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err8 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.type !== undefined){
let data4 = data.type;
if(typeof data4 === "string"){
if(func50(data4) < 1){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.url !== undefined){
if(typeof data.url !== "string"){
const err11 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.value !== undefined){
let data6 = data.value;
if(typeof data6 === "string"){
if(func50(data6) < 1){
const err12 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate3261.errors = vErrors;
return errors === 0;
}

const schema1278 = {"properties":{"short":{"type":"boolean"},"title":{"minLength":1,"type":"string"},"value":{"minLength":1,"type":"string"}},"required":["title","value"],"type":"object","additionalProperties":false};

function validate3266(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.value === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "short") || (key0 === "title")) || (key0 === "value"))){
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
if(data.short !== undefined){
if(typeof data.short !== "boolean"){
const err3 = {instancePath:instancePath+"/short",schemaPath:"#/properties/short/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func50(data1) < 1){
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.value !== undefined){
let data2 = data.value;
if(typeof data2 === "string"){
if(func50(data2) < 1){
const err6 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate3266.errors = vErrors;
return errors === 0;
}


function validate3260(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema1275.properties, key0))){
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
if(data.actions !== undefined){
let data0 = data.actions;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate3261(data0[i0], {instancePath:instancePath+"/actions/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate3261.errors : vErrors.concat(validate3261.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.apiURL !== undefined){
if(!(validate3184(data.apiURL, {instancePath:instancePath+"/apiURL",parentData:data,parentDataProperty:"apiURL",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.callbackId !== undefined){
let data3 = data.callbackId;
if(typeof data3 === "string"){
if(func50(data3) < 1){
const err3 = {instancePath:instancePath+"/callbackId",schemaPath:"#/properties/callbackId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err4 = {instancePath:instancePath+"/callbackId",schemaPath:"#/properties/callbackId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.channel !== undefined){
let data4 = data.channel;
if(typeof data4 === "string"){
if(func50(data4) < 1){
const err5 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.color !== undefined){
let data5 = data.color;
if(typeof data5 === "string"){
if(func50(data5) < 1){
const err7 = {instancePath:instancePath+"/color",schemaPath:"#/properties/color/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err8 = {instancePath:instancePath+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.fallback !== undefined){
let data6 = data.fallback;
if(typeof data6 === "string"){
if(func50(data6) < 1){
const err9 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err10 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.fields !== undefined){
let data7 = data.fields;
if(Array.isArray(data7)){
if(data7.length < 1){
const err11 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(!(validate3266(data7[i1], {instancePath:instancePath+"/fields/" + i1,parentData:data7,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate3266.errors : vErrors.concat(validate3266.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.footer !== undefined){
let data9 = data.footer;
if(typeof data9 === "string"){
if(func50(data9) < 1){
const err13 = {instancePath:instancePath+"/footer",schemaPath:"#/properties/footer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/footer",schemaPath:"#/properties/footer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.httpConfig !== undefined){
if(!(validate3186(data.httpConfig, {instancePath:instancePath+"/httpConfig",parentData:data,parentDataProperty:"httpConfig",rootData}))){
vErrors = vErrors === null ? validate3186.errors : vErrors.concat(validate3186.errors);
errors = vErrors.length;
}
}
if(data.iconEmoji !== undefined){
let data11 = data.iconEmoji;
if(typeof data11 === "string"){
if(func50(data11) < 1){
const err15 = {instancePath:instancePath+"/iconEmoji",schemaPath:"#/properties/iconEmoji/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err16 = {instancePath:instancePath+"/iconEmoji",schemaPath:"#/properties/iconEmoji/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.iconURL !== undefined){
if(typeof data.iconURL !== "string"){
const err17 = {instancePath:instancePath+"/iconURL",schemaPath:"#/properties/iconURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.imageURL !== undefined){
if(typeof data.imageURL !== "string"){
const err18 = {instancePath:instancePath+"/imageURL",schemaPath:"#/properties/imageURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.linkNames !== undefined){
if(typeof data.linkNames !== "boolean"){
const err19 = {instancePath:instancePath+"/linkNames",schemaPath:"#/properties/linkNames/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.messageText !== undefined){
let data15 = data.messageText;
if(typeof data15 === "string"){
if(func50(data15) < 1){
const err20 = {instancePath:instancePath+"/messageText",schemaPath:"#/properties/messageText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err21 = {instancePath:instancePath+"/messageText",schemaPath:"#/properties/messageText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.mrkdwnIn !== undefined){
let data16 = data.mrkdwnIn;
if(Array.isArray(data16)){
if(data16.length < 1){
const err22 = {instancePath:instancePath+"/mrkdwnIn",schemaPath:"#/properties/mrkdwnIn/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
let data17 = data16[i2];
if(typeof data17 === "string"){
if(func50(data17) < 1){
const err23 = {instancePath:instancePath+"/mrkdwnIn/" + i2,schemaPath:"#/properties/mrkdwnIn/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err24 = {instancePath:instancePath+"/mrkdwnIn/" + i2,schemaPath:"#/properties/mrkdwnIn/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err25 = {instancePath:instancePath+"/mrkdwnIn",schemaPath:"#/properties/mrkdwnIn/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.pretext !== undefined){
let data18 = data.pretext;
if(typeof data18 === "string"){
if(func50(data18) < 1){
const err26 = {instancePath:instancePath+"/pretext",schemaPath:"#/properties/pretext/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err27 = {instancePath:instancePath+"/pretext",schemaPath:"#/properties/pretext/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.sendResolved !== undefined){
if(typeof data.sendResolved !== "boolean"){
const err28 = {instancePath:instancePath+"/sendResolved",schemaPath:"#/properties/sendResolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.shortFields !== undefined){
if(typeof data.shortFields !== "boolean"){
const err29 = {instancePath:instancePath+"/shortFields",schemaPath:"#/properties/shortFields/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.text !== undefined){
let data21 = data.text;
if(typeof data21 === "string"){
if(func50(data21) < 1){
const err30 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.thumbURL !== undefined){
if(typeof data.thumbURL !== "string"){
const err32 = {instancePath:instancePath+"/thumbURL",schemaPath:"#/properties/thumbURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.timeout !== undefined){
let data23 = data.timeout;
if(typeof data23 === "string"){
if(!pattern102.test(data23)){
const err33 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"},message:"must match pattern \""+"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"+"\""};
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
const err34 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.title !== undefined){
let data24 = data.title;
if(typeof data24 === "string"){
if(func50(data24) < 1){
const err35 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.titleLink !== undefined){
if(typeof data.titleLink !== "string"){
const err37 = {instancePath:instancePath+"/titleLink",schemaPath:"#/properties/titleLink/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.updateMessage !== undefined){
if(typeof data.updateMessage !== "boolean"){
const err38 = {instancePath:instancePath+"/updateMessage",schemaPath:"#/properties/updateMessage/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.username !== undefined){
let data27 = data.username;
if(typeof data27 === "string"){
if(func50(data27) < 1){
const err39 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate3260.errors = vErrors;
return errors === 0;
}

const schema1279 = {"properties":{"apiURL":{"type":"string"},"attributes":{"additionalProperties":{"type":"string"},"type":"object"},"httpConfig":{"$ref":"#/definitions/o12"},"message":{"minLength":1,"type":"string"},"phoneNumber":{"minLength":1,"type":"string"},"sendResolved":{"type":"boolean"},"sigv4":{"$ref":"#/definitions/o32"},"subject":{"minLength":1,"type":"string"},"targetARN":{"minLength":1,"type":"string"},"topicARN":{"minLength":1,"type":"string"},"useAWSHTTPClient":{"type":"boolean"}},"type":"object","additionalProperties":false};
const schema1280 = {"properties":{"accessKey":{"$ref":"#/definitions/o6"},"externalId":{"minLength":1,"type":"string"},"profile":{"type":"string"},"region":{"type":"string"},"roleArn":{"type":"string"},"secretKey":{"$ref":"#/definitions/o6"},"useFIPSSTSEndpoint":{"type":"boolean"}},"type":"object","additionalProperties":false};

function validate3272(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "accessKey") || (key0 === "externalId")) || (key0 === "profile")) || (key0 === "region")) || (key0 === "roleArn")) || (key0 === "secretKey")) || (key0 === "useFIPSSTSEndpoint"))){
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
if(data.accessKey !== undefined){
if(!(validate3184(data.accessKey, {instancePath:instancePath+"/accessKey",parentData:data,parentDataProperty:"accessKey",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.externalId !== undefined){
let data1 = data.externalId;
if(typeof data1 === "string"){
if(func50(data1) < 1){
const err1 = {instancePath:instancePath+"/externalId",schemaPath:"#/properties/externalId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/externalId",schemaPath:"#/properties/externalId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.profile !== undefined){
if(typeof data.profile !== "string"){
const err3 = {instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.region !== undefined){
if(typeof data.region !== "string"){
const err4 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.roleArn !== undefined){
if(typeof data.roleArn !== "string"){
const err5 = {instancePath:instancePath+"/roleArn",schemaPath:"#/properties/roleArn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.secretKey !== undefined){
if(!(validate3184(data.secretKey, {instancePath:instancePath+"/secretKey",parentData:data,parentDataProperty:"secretKey",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.useFIPSSTSEndpoint !== undefined){
if(typeof data.useFIPSSTSEndpoint !== "boolean"){
const err6 = {instancePath:instancePath+"/useFIPSSTSEndpoint",schemaPath:"#/properties/useFIPSSTSEndpoint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
validate3272.errors = vErrors;
return errors === 0;
}


function validate3270(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema1279.properties, key0))){
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
if(data.apiURL !== undefined){
if(typeof data.apiURL !== "string"){
const err1 = {instancePath:instancePath+"/apiURL",schemaPath:"#/properties/apiURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.attributes !== undefined){
let data1 = data.attributes;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(typeof data1[key1] !== "string"){
const err2 = {instancePath:instancePath+"/attributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/attributes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.httpConfig !== undefined){
if(!(validate3186(data.httpConfig, {instancePath:instancePath+"/httpConfig",parentData:data,parentDataProperty:"httpConfig",rootData}))){
vErrors = vErrors === null ? validate3186.errors : vErrors.concat(validate3186.errors);
errors = vErrors.length;
}
}
if(data.message !== undefined){
let data4 = data.message;
if(typeof data4 === "string"){
if(func50(data4) < 1){
const err4 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.phoneNumber !== undefined){
let data5 = data.phoneNumber;
if(typeof data5 === "string"){
if(func50(data5) < 1){
const err6 = {instancePath:instancePath+"/phoneNumber",schemaPath:"#/properties/phoneNumber/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/phoneNumber",schemaPath:"#/properties/phoneNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.sendResolved !== undefined){
if(typeof data.sendResolved !== "boolean"){
const err8 = {instancePath:instancePath+"/sendResolved",schemaPath:"#/properties/sendResolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.sigv4 !== undefined){
if(!(validate3272(data.sigv4, {instancePath:instancePath+"/sigv4",parentData:data,parentDataProperty:"sigv4",rootData}))){
vErrors = vErrors === null ? validate3272.errors : vErrors.concat(validate3272.errors);
errors = vErrors.length;
}
}
if(data.subject !== undefined){
let data8 = data.subject;
if(typeof data8 === "string"){
if(func50(data8) < 1){
const err9 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err10 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.targetARN !== undefined){
let data9 = data.targetARN;
if(typeof data9 === "string"){
if(func50(data9) < 1){
const err11 = {instancePath:instancePath+"/targetARN",schemaPath:"#/properties/targetARN/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/targetARN",schemaPath:"#/properties/targetARN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.topicARN !== undefined){
let data10 = data.topicARN;
if(typeof data10 === "string"){
if(func50(data10) < 1){
const err13 = {instancePath:instancePath+"/topicARN",schemaPath:"#/properties/topicARN/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/topicARN",schemaPath:"#/properties/topicARN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.useAWSHTTPClient !== undefined){
if(typeof data.useAWSHTTPClient !== "boolean"){
const err15 = {instancePath:instancePath+"/useAWSHTTPClient",schemaPath:"#/properties/useAWSHTTPClient/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
validate3270.errors = vErrors;
return errors === 0;
}

const schema1281 = {"properties":{"apiURL":{"pattern":"^https?://.+$","type":"string"},"botToken":{"$ref":"#/definitions/o6"},"botTokenFile":{"type":"string"},"chatID":{"format":"int64","type":"integer"},"disableNotifications":{"type":"boolean"},"httpConfig":{"$ref":"#/definitions/o12"},"message":{"type":"string"},"messageThreadID":{"format":"int64","type":"integer"},"parseMode":{"enum":["MarkdownV2","Markdown","HTML"],"type":"string"},"sendResolved":{"type":"boolean"}},"required":["chatID"],"type":"object","additionalProperties":false};

function validate3277(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.chatID === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chatID"},message:"must have required property '"+"chatID"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema1281.properties, key0))){
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
if(data.apiURL !== undefined){
let data0 = data.apiURL;
if(typeof data0 === "string"){
if(!pattern120.test(data0)){
const err2 = {instancePath:instancePath+"/apiURL",schemaPath:"#/properties/apiURL/pattern",keyword:"pattern",params:{pattern: "^https?://.+$"},message:"must match pattern \""+"^https?://.+$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/apiURL",schemaPath:"#/properties/apiURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.botToken !== undefined){
if(!(validate3184(data.botToken, {instancePath:instancePath+"/botToken",parentData:data,parentDataProperty:"botToken",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.botTokenFile !== undefined){
if(typeof data.botTokenFile !== "string"){
const err4 = {instancePath:instancePath+"/botTokenFile",schemaPath:"#/properties/botTokenFile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.chatID !== undefined){
let data3 = data.chatID;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err5 = {instancePath:instancePath+"/chatID",schemaPath:"#/properties/chatID/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.disableNotifications !== undefined){
if(typeof data.disableNotifications !== "boolean"){
const err6 = {instancePath:instancePath+"/disableNotifications",schemaPath:"#/properties/disableNotifications/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.httpConfig !== undefined){
if(!(validate3186(data.httpConfig, {instancePath:instancePath+"/httpConfig",parentData:data,parentDataProperty:"httpConfig",rootData}))){
vErrors = vErrors === null ? validate3186.errors : vErrors.concat(validate3186.errors);
errors = vErrors.length;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err7 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.messageThreadID !== undefined){
let data7 = data.messageThreadID;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err8 = {instancePath:instancePath+"/messageThreadID",schemaPath:"#/properties/messageThreadID/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.parseMode !== undefined){
let data8 = data.parseMode;
if(typeof data8 !== "string"){
const err9 = {instancePath:instancePath+"/parseMode",schemaPath:"#/properties/parseMode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data8 === "MarkdownV2") || (data8 === "Markdown")) || (data8 === "HTML"))){
const err10 = {instancePath:instancePath+"/parseMode",schemaPath:"#/properties/parseMode/enum",keyword:"enum",params:{allowedValues: schema1281.properties.parseMode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.sendResolved !== undefined){
if(typeof data.sendResolved !== "boolean"){
const err11 = {instancePath:instancePath+"/sendResolved",schemaPath:"#/properties/sendResolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate3277.errors = vErrors;
return errors === 0;
}

const schema1282 = {"properties":{"apiKey":{"$ref":"#/definitions/o6"},"apiUrl":{"pattern":"^https?://.+$","type":"string"},"customFields":{"items":{"$ref":"#/definitions/o14"},"type":"array"},"entityDisplayName":{"minLength":1,"type":"string"},"httpConfig":{"$ref":"#/definitions/o12"},"messageType":{"minLength":1,"type":"string"},"monitoringTool":{"minLength":1,"type":"string"},"routingKey":{"minLength":1,"type":"string"},"sendResolved":{"type":"boolean"},"stateMessage":{"minLength":1,"type":"string"}},"required":["routingKey"],"type":"object","additionalProperties":false};

function validate3281(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.routingKey === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "routingKey"},message:"must have required property '"+"routingKey"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema1282.properties, key0))){
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
if(data.apiKey !== undefined){
if(!(validate3184(data.apiKey, {instancePath:instancePath+"/apiKey",parentData:data,parentDataProperty:"apiKey",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.apiUrl !== undefined){
let data1 = data.apiUrl;
if(typeof data1 === "string"){
if(!pattern120.test(data1)){
const err2 = {instancePath:instancePath+"/apiUrl",schemaPath:"#/properties/apiUrl/pattern",keyword:"pattern",params:{pattern: "^https?://.+$"},message:"must match pattern \""+"^https?://.+$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/apiUrl",schemaPath:"#/properties/apiUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.customFields !== undefined){
let data2 = data.customFields;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate3215(data2[i0], {instancePath:instancePath+"/customFields/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate3215.errors : vErrors.concat(validate3215.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/customFields",schemaPath:"#/properties/customFields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.entityDisplayName !== undefined){
let data4 = data.entityDisplayName;
if(typeof data4 === "string"){
if(func50(data4) < 1){
const err5 = {instancePath:instancePath+"/entityDisplayName",schemaPath:"#/properties/entityDisplayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/entityDisplayName",schemaPath:"#/properties/entityDisplayName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.httpConfig !== undefined){
if(!(validate3186(data.httpConfig, {instancePath:instancePath+"/httpConfig",parentData:data,parentDataProperty:"httpConfig",rootData}))){
vErrors = vErrors === null ? validate3186.errors : vErrors.concat(validate3186.errors);
errors = vErrors.length;
}
}
if(data.messageType !== undefined){
let data6 = data.messageType;
if(typeof data6 === "string"){
if(func50(data6) < 1){
const err7 = {instancePath:instancePath+"/messageType",schemaPath:"#/properties/messageType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err8 = {instancePath:instancePath+"/messageType",schemaPath:"#/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.monitoringTool !== undefined){
let data7 = data.monitoringTool;
if(typeof data7 === "string"){
if(func50(data7) < 1){
const err9 = {instancePath:instancePath+"/monitoringTool",schemaPath:"#/properties/monitoringTool/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err10 = {instancePath:instancePath+"/monitoringTool",schemaPath:"#/properties/monitoringTool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.routingKey !== undefined){
let data8 = data.routingKey;
if(typeof data8 === "string"){
if(func50(data8) < 1){
const err11 = {instancePath:instancePath+"/routingKey",schemaPath:"#/properties/routingKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/routingKey",schemaPath:"#/properties/routingKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.sendResolved !== undefined){
if(typeof data.sendResolved !== "boolean"){
const err13 = {instancePath:instancePath+"/sendResolved",schemaPath:"#/properties/sendResolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.stateMessage !== undefined){
let data10 = data.stateMessage;
if(typeof data10 === "string"){
if(func50(data10) < 1){
const err14 = {instancePath:instancePath+"/stateMessage",schemaPath:"#/properties/stateMessage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err15 = {instancePath:instancePath+"/stateMessage",schemaPath:"#/properties/stateMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate3281.errors = vErrors;
return errors === 0;
}

const schema1283 = {"properties":{"apiURL":{"pattern":"^https?://.+$","type":"string"},"httpConfig":{"$ref":"#/definitions/o12"},"message":{"type":"string"},"roomID":{"minLength":1,"type":"string"},"sendResolved":{"type":"boolean"}},"required":["roomID"],"type":"object","additionalProperties":false};

function validate3286(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.roomID === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "roomID"},message:"must have required property '"+"roomID"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "apiURL") || (key0 === "httpConfig")) || (key0 === "message")) || (key0 === "roomID")) || (key0 === "sendResolved"))){
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
if(data.apiURL !== undefined){
let data0 = data.apiURL;
if(typeof data0 === "string"){
if(!pattern120.test(data0)){
const err2 = {instancePath:instancePath+"/apiURL",schemaPath:"#/properties/apiURL/pattern",keyword:"pattern",params:{pattern: "^https?://.+$"},message:"must match pattern \""+"^https?://.+$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/apiURL",schemaPath:"#/properties/apiURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.httpConfig !== undefined){
if(!(validate3186(data.httpConfig, {instancePath:instancePath+"/httpConfig",parentData:data,parentDataProperty:"httpConfig",rootData}))){
vErrors = vErrors === null ? validate3186.errors : vErrors.concat(validate3186.errors);
errors = vErrors.length;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err4 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.roomID !== undefined){
let data3 = data.roomID;
if(typeof data3 === "string"){
if(func50(data3) < 1){
const err5 = {instancePath:instancePath+"/roomID",schemaPath:"#/properties/roomID/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/roomID",schemaPath:"#/properties/roomID/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.sendResolved !== undefined){
if(typeof data.sendResolved !== "boolean"){
const err7 = {instancePath:instancePath+"/sendResolved",schemaPath:"#/properties/sendResolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate3286.errors = vErrors;
return errors === 0;
}

const schema1284 = {"properties":{"httpConfig":{"$ref":"#/definitions/o12"},"maxAlerts":{"format":"int32","minimum":0,"type":"integer"},"payload":{"minLength":1,"type":"string"},"sendResolved":{"type":"boolean"},"timeout":{"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"url":{"type":"string"},"urlSecret":{"$ref":"#/definitions/o6"}},"type":"object","additionalProperties":false};

function validate3289(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "httpConfig") || (key0 === "maxAlerts")) || (key0 === "payload")) || (key0 === "sendResolved")) || (key0 === "timeout")) || (key0 === "url")) || (key0 === "urlSecret"))){
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
if(data.httpConfig !== undefined){
if(!(validate3186(data.httpConfig, {instancePath:instancePath+"/httpConfig",parentData:data,parentDataProperty:"httpConfig",rootData}))){
vErrors = vErrors === null ? validate3186.errors : vErrors.concat(validate3186.errors);
errors = vErrors.length;
}
}
if(data.maxAlerts !== undefined){
let data1 = data.maxAlerts;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err1 = {instancePath:instancePath+"/maxAlerts",schemaPath:"#/properties/maxAlerts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/maxAlerts",schemaPath:"#/properties/maxAlerts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.payload !== undefined){
let data2 = data.payload;
if(typeof data2 === "string"){
if(func50(data2) < 1){
const err3 = {instancePath:instancePath+"/payload",schemaPath:"#/properties/payload/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err4 = {instancePath:instancePath+"/payload",schemaPath:"#/properties/payload/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.sendResolved !== undefined){
if(typeof data.sendResolved !== "boolean"){
const err5 = {instancePath:instancePath+"/sendResolved",schemaPath:"#/properties/sendResolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.timeout !== undefined){
let data4 = data.timeout;
if(typeof data4 === "string"){
if(!pattern102.test(data4)){
const err6 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"},message:"must match pattern \""+"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.url !== undefined){
if(typeof data.url !== "string"){
const err8 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.urlSecret !== undefined){
if(!(validate3184(data.urlSecret, {instancePath:instancePath+"/urlSecret",parentData:data,parentDataProperty:"urlSecret",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate3289.errors = vErrors;
return errors === 0;
}

const schema1285 = {"properties":{"agentID":{"minLength":1,"type":"string"},"apiSecret":{"$ref":"#/definitions/o6"},"apiURL":{"pattern":"^https?://.+$","type":"string"},"corpID":{"minLength":1,"type":"string"},"httpConfig":{"$ref":"#/definitions/o12"},"message":{"minLength":1,"type":"string"},"messageType":{"minLength":1,"type":"string"},"sendResolved":{"type":"boolean"},"toParty":{"minLength":1,"type":"string"},"toTag":{"minLength":1,"type":"string"},"toUser":{"minLength":1,"type":"string"}},"type":"object","additionalProperties":false};

function validate3293(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema1285.properties, key0))){
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
if(data.agentID !== undefined){
let data0 = data.agentID;
if(typeof data0 === "string"){
if(func50(data0) < 1){
const err1 = {instancePath:instancePath+"/agentID",schemaPath:"#/properties/agentID/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/agentID",schemaPath:"#/properties/agentID/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.apiSecret !== undefined){
if(!(validate3184(data.apiSecret, {instancePath:instancePath+"/apiSecret",parentData:data,parentDataProperty:"apiSecret",rootData}))){
vErrors = vErrors === null ? validate3184.errors : vErrors.concat(validate3184.errors);
errors = vErrors.length;
}
}
if(data.apiURL !== undefined){
let data2 = data.apiURL;
if(typeof data2 === "string"){
if(!pattern120.test(data2)){
const err3 = {instancePath:instancePath+"/apiURL",schemaPath:"#/properties/apiURL/pattern",keyword:"pattern",params:{pattern: "^https?://.+$"},message:"must match pattern \""+"^https?://.+$"+"\""};
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
const err4 = {instancePath:instancePath+"/apiURL",schemaPath:"#/properties/apiURL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.corpID !== undefined){
let data3 = data.corpID;
if(typeof data3 === "string"){
if(func50(data3) < 1){
const err5 = {instancePath:instancePath+"/corpID",schemaPath:"#/properties/corpID/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/corpID",schemaPath:"#/properties/corpID/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.httpConfig !== undefined){
if(!(validate3186(data.httpConfig, {instancePath:instancePath+"/httpConfig",parentData:data,parentDataProperty:"httpConfig",rootData}))){
vErrors = vErrors === null ? validate3186.errors : vErrors.concat(validate3186.errors);
errors = vErrors.length;
}
}
if(data.message !== undefined){
let data5 = data.message;
if(typeof data5 === "string"){
if(func50(data5) < 1){
const err7 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err8 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.messageType !== undefined){
let data6 = data.messageType;
if(typeof data6 === "string"){
if(func50(data6) < 1){
const err9 = {instancePath:instancePath+"/messageType",schemaPath:"#/properties/messageType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err10 = {instancePath:instancePath+"/messageType",schemaPath:"#/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.sendResolved !== undefined){
if(typeof data.sendResolved !== "boolean"){
const err11 = {instancePath:instancePath+"/sendResolved",schemaPath:"#/properties/sendResolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.toParty !== undefined){
let data8 = data.toParty;
if(typeof data8 === "string"){
if(func50(data8) < 1){
const err12 = {instancePath:instancePath+"/toParty",schemaPath:"#/properties/toParty/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/toParty",schemaPath:"#/properties/toParty/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.toTag !== undefined){
let data9 = data.toTag;
if(typeof data9 === "string"){
if(func50(data9) < 1){
const err14 = {instancePath:instancePath+"/toTag",schemaPath:"#/properties/toTag/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err15 = {instancePath:instancePath+"/toTag",schemaPath:"#/properties/toTag/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.toUser !== undefined){
let data10 = data.toUser;
if(typeof data10 === "string"){
if(func50(data10) < 1){
const err16 = {instancePath:instancePath+"/toUser",schemaPath:"#/properties/toUser/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/toUser",schemaPath:"#/properties/toUser/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate3293.errors = vErrors;
return errors === 0;
}


function validate3182(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema1252.properties, key0))){
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
if(data.discordConfigs !== undefined){
let data0 = data.discordConfigs;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate3183(data0[i0], {instancePath:instancePath+"/discordConfigs/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate3183.errors : vErrors.concat(validate3183.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/discordConfigs",schemaPath:"#/properties/discordConfigs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.emailConfigs !== undefined){
let data2 = data.emailConfigs;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate3212(data2[i1], {instancePath:instancePath+"/emailConfigs/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate3212.errors : vErrors.concat(validate3212.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/emailConfigs",schemaPath:"#/properties/emailConfigs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.msteamsConfigs !== undefined){
let data4 = data.msteamsConfigs;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(!(validate3221(data4[i2], {instancePath:instancePath+"/msteamsConfigs/" + i2,parentData:data4,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate3221.errors : vErrors.concat(validate3221.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/msteamsConfigs",schemaPath:"#/properties/msteamsConfigs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.msteamsv2Configs !== undefined){
let data6 = data.msteamsv2Configs;
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
if(!(validate3225(data6[i3], {instancePath:instancePath+"/msteamsv2Configs/" + i3,parentData:data6,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate3225.errors : vErrors.concat(validate3225.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/msteamsv2Configs",schemaPath:"#/properties/msteamsv2Configs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data8 = data.name;
if(typeof data8 === "string"){
if(func50(data8) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.opsgenieConfigs !== undefined){
let data9 = data.opsgenieConfigs;
if(Array.isArray(data9)){
const len4 = data9.length;
for(let i4=0; i4<len4; i4++){
if(!(validate3229(data9[i4], {instancePath:instancePath+"/opsgenieConfigs/" + i4,parentData:data9,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate3229.errors : vErrors.concat(validate3229.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/opsgenieConfigs",schemaPath:"#/properties/opsgenieConfigs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.pagerdutyConfigs !== undefined){
let data11 = data.pagerdutyConfigs;
if(Array.isArray(data11)){
const len5 = data11.length;
for(let i5=0; i5<len5; i5++){
if(!(validate3236(data11[i5], {instancePath:instancePath+"/pagerdutyConfigs/" + i5,parentData:data11,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate3236.errors : vErrors.concat(validate3236.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/pagerdutyConfigs",schemaPath:"#/properties/pagerdutyConfigs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.pushoverConfigs !== undefined){
let data13 = data.pushoverConfigs;
if(Array.isArray(data13)){
const len6 = data13.length;
for(let i6=0; i6<len6; i6++){
if(!(validate3246(data13[i6], {instancePath:instancePath+"/pushoverConfigs/" + i6,parentData:data13,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate3246.errors : vErrors.concat(validate3246.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/pushoverConfigs",schemaPath:"#/properties/pushoverConfigs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.rocketchatConfigs !== undefined){
let data15 = data.rocketchatConfigs;
if(Array.isArray(data15)){
const len7 = data15.length;
for(let i7=0; i7<len7; i7++){
if(!(validate3251(data15[i7], {instancePath:instancePath+"/rocketchatConfigs/" + i7,parentData:data15,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate3251.errors : vErrors.concat(validate3251.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/rocketchatConfigs",schemaPath:"#/properties/rocketchatConfigs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.slackConfigs !== undefined){
let data17 = data.slackConfigs;
if(Array.isArray(data17)){
const len8 = data17.length;
for(let i8=0; i8<len8; i8++){
if(!(validate3260(data17[i8], {instancePath:instancePath+"/slackConfigs/" + i8,parentData:data17,parentDataProperty:i8,rootData}))){
vErrors = vErrors === null ? validate3260.errors : vErrors.concat(validate3260.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/slackConfigs",schemaPath:"#/properties/slackConfigs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.snsConfigs !== undefined){
let data19 = data.snsConfigs;
if(Array.isArray(data19)){
const len9 = data19.length;
for(let i9=0; i9<len9; i9++){
if(!(validate3270(data19[i9], {instancePath:instancePath+"/snsConfigs/" + i9,parentData:data19,parentDataProperty:i9,rootData}))){
vErrors = vErrors === null ? validate3270.errors : vErrors.concat(validate3270.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/snsConfigs",schemaPath:"#/properties/snsConfigs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.telegramConfigs !== undefined){
let data21 = data.telegramConfigs;
if(Array.isArray(data21)){
const len10 = data21.length;
for(let i10=0; i10<len10; i10++){
if(!(validate3277(data21[i10], {instancePath:instancePath+"/telegramConfigs/" + i10,parentData:data21,parentDataProperty:i10,rootData}))){
vErrors = vErrors === null ? validate3277.errors : vErrors.concat(validate3277.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/telegramConfigs",schemaPath:"#/properties/telegramConfigs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.victoropsConfigs !== undefined){
let data23 = data.victoropsConfigs;
if(Array.isArray(data23)){
const len11 = data23.length;
for(let i11=0; i11<len11; i11++){
if(!(validate3281(data23[i11], {instancePath:instancePath+"/victoropsConfigs/" + i11,parentData:data23,parentDataProperty:i11,rootData}))){
vErrors = vErrors === null ? validate3281.errors : vErrors.concat(validate3281.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/victoropsConfigs",schemaPath:"#/properties/victoropsConfigs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.webexConfigs !== undefined){
let data25 = data.webexConfigs;
if(Array.isArray(data25)){
const len12 = data25.length;
for(let i12=0; i12<len12; i12++){
if(!(validate3286(data25[i12], {instancePath:instancePath+"/webexConfigs/" + i12,parentData:data25,parentDataProperty:i12,rootData}))){
vErrors = vErrors === null ? validate3286.errors : vErrors.concat(validate3286.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/webexConfigs",schemaPath:"#/properties/webexConfigs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.webhookConfigs !== undefined){
let data27 = data.webhookConfigs;
if(Array.isArray(data27)){
const len13 = data27.length;
for(let i13=0; i13<len13; i13++){
if(!(validate3289(data27[i13], {instancePath:instancePath+"/webhookConfigs/" + i13,parentData:data27,parentDataProperty:i13,rootData}))){
vErrors = vErrors === null ? validate3289.errors : vErrors.concat(validate3289.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/webhookConfigs",schemaPath:"#/properties/webhookConfigs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.wechatConfigs !== undefined){
let data29 = data.wechatConfigs;
if(Array.isArray(data29)){
const len14 = data29.length;
for(let i14=0; i14<len14; i14++){
if(!(validate3293(data29[i14], {instancePath:instancePath+"/wechatConfigs/" + i14,parentData:data29,parentDataProperty:i14,rootData}))){
vErrors = vErrors === null ? validate3293.errors : vErrors.concat(validate3293.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/wechatConfigs",schemaPath:"#/properties/wechatConfigs/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate3182.errors = vErrors;
return errors === 0;
}

const schema1286 = {"properties":{"activeTimeIntervals":{"items":{"type":"string"},"type":"array"},"continue":{"type":"boolean"},"groupBy":{"items":{"type":"string"},"type":"array"},"groupInterval":{"minLength":1,"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"groupWait":{"minLength":1,"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"matchers":{"items":{"$ref":"#/definitions/o0"},"type":"array"},"muteTimeIntervals":{"items":{"type":"string"},"type":"array"},"receiver":{"type":"string"},"repeatInterval":{"minLength":1,"pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$","type":"string"},"routes":{"items":{},"type":"array"}},"type":"object","additionalProperties":false};

function validate3298(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema1286.properties, key0))){
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
if(data.activeTimeIntervals !== undefined){
let data0 = data.activeTimeIntervals;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err1 = {instancePath:instancePath+"/activeTimeIntervals/" + i0,schemaPath:"#/properties/activeTimeIntervals/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err2 = {instancePath:instancePath+"/activeTimeIntervals",schemaPath:"#/properties/activeTimeIntervals/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.continue !== undefined){
if(typeof data.continue !== "boolean"){
const err3 = {instancePath:instancePath+"/continue",schemaPath:"#/properties/continue/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.groupBy !== undefined){
let data3 = data.groupBy;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(typeof data3[i1] !== "string"){
const err4 = {instancePath:instancePath+"/groupBy/" + i1,schemaPath:"#/properties/groupBy/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/groupBy",schemaPath:"#/properties/groupBy/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.groupInterval !== undefined){
let data5 = data.groupInterval;
if(typeof data5 === "string"){
if(func50(data5) < 1){
const err6 = {instancePath:instancePath+"/groupInterval",schemaPath:"#/properties/groupInterval/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern102.test(data5)){
const err7 = {instancePath:instancePath+"/groupInterval",schemaPath:"#/properties/groupInterval/pattern",keyword:"pattern",params:{pattern: "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"},message:"must match pattern \""+"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"+"\""};
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
const err8 = {instancePath:instancePath+"/groupInterval",schemaPath:"#/properties/groupInterval/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.groupWait !== undefined){
let data6 = data.groupWait;
if(typeof data6 === "string"){
if(func50(data6) < 1){
const err9 = {instancePath:instancePath+"/groupWait",schemaPath:"#/properties/groupWait/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern102.test(data6)){
const err10 = {instancePath:instancePath+"/groupWait",schemaPath:"#/properties/groupWait/pattern",keyword:"pattern",params:{pattern: "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"},message:"must match pattern \""+"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"+"\""};
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
const err11 = {instancePath:instancePath+"/groupWait",schemaPath:"#/properties/groupWait/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.matchers !== undefined){
let data7 = data.matchers;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(!(validate3170(data7[i2], {instancePath:instancePath+"/matchers/" + i2,parentData:data7,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate3170.errors : vErrors.concat(validate3170.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/matchers",schemaPath:"#/properties/matchers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.muteTimeIntervals !== undefined){
let data9 = data.muteTimeIntervals;
if(Array.isArray(data9)){
const len3 = data9.length;
for(let i3=0; i3<len3; i3++){
if(typeof data9[i3] !== "string"){
const err13 = {instancePath:instancePath+"/muteTimeIntervals/" + i3,schemaPath:"#/properties/muteTimeIntervals/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err14 = {instancePath:instancePath+"/muteTimeIntervals",schemaPath:"#/properties/muteTimeIntervals/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.receiver !== undefined){
if(typeof data.receiver !== "string"){
const err15 = {instancePath:instancePath+"/receiver",schemaPath:"#/properties/receiver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.repeatInterval !== undefined){
let data12 = data.repeatInterval;
if(typeof data12 === "string"){
if(func50(data12) < 1){
const err16 = {instancePath:instancePath+"/repeatInterval",schemaPath:"#/properties/repeatInterval/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern102.test(data12)){
const err17 = {instancePath:instancePath+"/repeatInterval",schemaPath:"#/properties/repeatInterval/pattern",keyword:"pattern",params:{pattern: "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"},message:"must match pattern \""+"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/repeatInterval",schemaPath:"#/properties/repeatInterval/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.routes !== undefined){
if(!(Array.isArray(data.routes))){
const err19 = {instancePath:instancePath+"/routes",schemaPath:"#/properties/routes/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate3298.errors = vErrors;
return errors === 0;
}


function validate3168(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "inhibitRules") || (key0 === "muteTimeIntervals")) || (key0 === "receivers")) || (key0 === "route"))){
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
if(data.inhibitRules !== undefined){
let data0 = data.inhibitRules;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate3169(data0[i0], {instancePath:instancePath+"/inhibitRules/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate3169.errors : vErrors.concat(validate3169.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/inhibitRules",schemaPath:"#/properties/inhibitRules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.muteTimeIntervals !== undefined){
let data2 = data.muteTimeIntervals;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate3174(data2[i1], {instancePath:instancePath+"/muteTimeIntervals/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate3174.errors : vErrors.concat(validate3174.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/muteTimeIntervals",schemaPath:"#/properties/muteTimeIntervals/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.receivers !== undefined){
let data4 = data.receivers;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(!(validate3182(data4[i2], {instancePath:instancePath+"/receivers/" + i2,parentData:data4,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate3182.errors : vErrors.concat(validate3182.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/receivers",schemaPath:"#/properties/receivers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.route !== undefined){
if(!(validate3298(data.route, {instancePath:instancePath+"/route",parentData:data,parentDataProperty:"route",rootData}))){
vErrors = vErrors === null ? validate3298.errors : vErrors.concat(validate3298.errors);
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
validate3168.errors = vErrors;
return errors === 0;
}


function validate3161(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate3162(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate3162.errors : vErrors.concat(validate3162.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
if(!(validate3168(data.spec, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData}))){
vErrors = vErrors === null ? validate3168.errors : vErrors.concat(validate3168.errors);
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
validate3161.errors = vErrors;
return errors === 0;
}
