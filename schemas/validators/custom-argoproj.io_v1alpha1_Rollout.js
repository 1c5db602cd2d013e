"use strict";
module.exports = validate2373;
module.exports.default = validate2373;
const schema930 = {"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},"spec":{"$ref":"#/definitions/o104"}},"required":["spec"],"type":"object","additionalProperties":false,"definitions":{"o0":{"properties":{"successfulRunHistoryLimit":{"format":"int32","type":"integer"},"unsuccessfulRunHistoryLimit":{"format":"int32","type":"integer"}},"type":"object","additionalProperties":false},"o1":{"properties":{"revisions":{"format":"int32","type":"integer"}},"type":"object","additionalProperties":false},"o2":{"properties":{"key":{"type":"string"},"operator":{"type":"string"},"values":{"items":{"type":"string"},"type":"array"}},"required":["key","operator"],"type":"object","additionalProperties":false},"o3":{"properties":{"matchExpressions":{"items":{"$ref":"#/definitions/o2"},"type":"array"},"matchLabels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object","additionalProperties":false},"o4":{"properties":{"annotations":{"additionalProperties":{"type":"string"},"type":"object"},"labels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object","additionalProperties":false},"o5":{"properties":{"weight":{"format":"int32","type":"integer"}},"required":["weight"],"type":"object","additionalProperties":false},"o6":{"properties":{"preferredDuringSchedulingIgnoredDuringExecution":{"$ref":"#/definitions/o5"},"requiredDuringSchedulingIgnoredDuringExecution":{"type":"object"}},"type":"object","additionalProperties":false},"o7":{"properties":{"fieldPath":{"type":"string"}},"required":["fieldPath"],"type":"object","additionalProperties":false},"o8":{"properties":{"fieldRef":{"$ref":"#/definitions/o7"},"podTemplateHashValue":{"type":"string"}},"type":"object","additionalProperties":false},"o9":{"properties":{"name":{"type":"string"},"value":{"type":"string"},"valueFrom":{"$ref":"#/definitions/o8"}},"required":["name"],"type":"object","additionalProperties":false},"o10":{"properties":{"metricName":{"type":"string"}},"required":["metricName"],"type":"object","additionalProperties":false},"o11":{"properties":{"limit":{"format":"int32","type":"integer"},"metricName":{"type":"string"}},"required":["limit","metricName"],"type":"object","additionalProperties":false},"o12":{"properties":{"clusterScope":{"type":"boolean"},"templateName":{"type":"string"}},"type":"object","additionalProperties":false},"o13":{"properties":{"analysisRunMetadata":{"$ref":"#/definitions/o4"},"args":{"items":{"$ref":"#/definitions/o9"},"type":"array"},"dryRun":{"items":{"$ref":"#/definitions/o10"},"type":"array"},"measurementRetention":{"items":{"$ref":"#/definitions/o11"},"type":"array"},"templates":{"items":{"$ref":"#/definitions/o12"},"type":"array"}},"type":"object","additionalProperties":false},"o14":{"properties":{"abortScaleDownDelaySeconds":{"format":"int32","type":"integer"},"activeMetadata":{"$ref":"#/definitions/o4"},"activeService":{"type":"string"},"antiAffinity":{"$ref":"#/definitions/o6"},"autoPromotionEnabled":{"type":"boolean"},"autoPromotionSeconds":{"format":"int32","type":"integer"},"maxUnavailable":{"anyOf":[{"type":"string"},{"type":"integer"}]},"postPromotionAnalysis":{"$ref":"#/definitions/o13"},"prePromotionAnalysis":{"$ref":"#/definitions/o13"},"previewMetadata":{"$ref":"#/definitions/o4"},"previewReplicaCount":{"format":"int32","type":"integer"},"previewService":{"type":"string"},"scaleDownDelayRevisionLimit":{"format":"int32","type":"integer"},"scaleDownDelaySeconds":{"format":"int32","type":"integer"}},"required":["activeService"],"type":"object","additionalProperties":false},"o15":{"properties":{"analysisRunMetadata":{"$ref":"#/definitions/o4"},"args":{"items":{"$ref":"#/definitions/o9"},"type":"array"},"dryRun":{"items":{"$ref":"#/definitions/o10"},"type":"array"},"measurementRetention":{"items":{"$ref":"#/definitions/o11"},"type":"array"},"startingStep":{"format":"int32","type":"integer"},"templates":{"items":{"$ref":"#/definitions/o12"},"type":"array"}},"type":"object","additionalProperties":false},"o16":{"properties":{"pingService":{"type":"string"},"pongService":{"type":"string"}},"required":["pingService","pongService"],"type":"object","additionalProperties":false},"o17":{"properties":{"type":{"type":"string"},"value":{"format":"int32","type":"integer"}},"required":["type","value"],"type":"object","additionalProperties":false},"o18":{"properties":{"args":{"items":{"$ref":"#/definitions/o9"},"type":"array"},"clusterScope":{"type":"boolean"},"name":{"type":"string"},"requiredForCompletion":{"type":"boolean"},"templateName":{"type":"string"}},"required":["name","templateName"],"type":"object","additionalProperties":false},"o19":{"properties":{"name":{"type":"string"}},"type":"object","additionalProperties":false},"o20":{"properties":{"metadata":{"$ref":"#/definitions/o4"},"name":{"type":"string"},"replicas":{"format":"int32","type":"integer"},"selector":{"$ref":"#/definitions/o3"},"service":{"$ref":"#/definitions/o19"},"specRef":{"type":"string"},"weight":{"format":"int32","type":"integer"}},"required":["name","specRef"],"type":"object","additionalProperties":false},"o21":{"properties":{"analyses":{"items":{"$ref":"#/definitions/o18"},"type":"array"},"analysisRunMetadata":{"$ref":"#/definitions/o4"},"dryRun":{"items":{"$ref":"#/definitions/o10"},"type":"array"},"duration":{"type":"string"},"scaleDownDelaySeconds":{"format":"int32","type":"integer"},"templates":{"items":{"$ref":"#/definitions/o20"},"type":"array"}},"required":["templates"],"type":"object","additionalProperties":false},"o22":{"properties":{"duration":{"anyOf":[{"type":"string"},{"type":"integer"}]}},"type":"object","additionalProperties":false},"o23":{"properties":{"config":{"type":"object"},"name":{"type":"string"}},"required":["name"],"type":"object","additionalProperties":false},"o24":{"properties":{"matchTrafficWeight":{"type":"boolean"},"replicas":{"format":"int32","type":"integer"},"weight":{"format":"int32","type":"integer"}},"type":"object","additionalProperties":false},"o25":{"properties":{"exact":{"type":"string"},"prefix":{"type":"string"},"regex":{"type":"string"}},"type":"object","additionalProperties":false},"o26":{"properties":{"headerName":{"type":"string"},"headerValue":{"$ref":"#/definitions/o25"}},"required":["headerName","headerValue"],"type":"object","additionalProperties":false},"o27":{"properties":{"match":{"items":{"$ref":"#/definitions/o26"},"type":"array"},"name":{"type":"string"}},"type":"object","additionalProperties":false},"o28":{"properties":{"headers":{"additionalProperties":{"$ref":"#/definitions/o25"},"type":"object"},"method":{"$ref":"#/definitions/o25"},"path":{"$ref":"#/definitions/o25"}},"type":"object","additionalProperties":false},"o29":{"properties":{"match":{"items":{"$ref":"#/definitions/o28"},"type":"array"},"name":{"type":"string"},"percentage":{"format":"int32","type":"integer"}},"required":["name"],"type":"object","additionalProperties":false},"o30":{"properties":{"analysis":{"$ref":"#/definitions/o13"},"experiment":{"$ref":"#/definitions/o21"},"pause":{"$ref":"#/definitions/o22"},"plugin":{"$ref":"#/definitions/o23"},"setCanaryScale":{"$ref":"#/definitions/o24"},"setHeaderRoute":{"$ref":"#/definitions/o27"},"setMirrorRoute":{"$ref":"#/definitions/o29"},"setWeight":{"format":"int32","type":"integer"}},"type":"object","additionalProperties":false},"o31":{"properties":{"durationSeconds":{"format":"int64","type":"integer"},"enabled":{"type":"boolean"}},"required":["durationSeconds","enabled"],"type":"object","additionalProperties":false},"o32":{"properties":{"annotationPrefix":{"type":"string"},"ingress":{"type":"string"},"ingresses":{"items":{"type":"string"},"type":"array"},"rootService":{"type":"string"},"servicePort":{"format":"int32","type":"integer"},"stickinessConfig":{"$ref":"#/definitions/o31"}},"required":["servicePort"],"type":"object","additionalProperties":false},"o33":{"properties":{"mappings":{"items":{"type":"string"},"type":"array"}},"required":["mappings"],"type":"object","additionalProperties":false},"o34":{"properties":{"name":{"type":"string"},"rules":{"items":{"type":"string"},"type":"array"}},"required":["name"],"type":"object","additionalProperties":false},"o35":{"properties":{"route":{"$ref":"#/definitions/o34"}},"type":"object","additionalProperties":false},"o36":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object","additionalProperties":false},"o37":{"properties":{"canaryVirtualNodeRef":{"$ref":"#/definitions/o36"},"stableVirtualNodeRef":{"$ref":"#/definitions/o36"}},"required":["canaryVirtualNodeRef","stableVirtualNodeRef"],"type":"object","additionalProperties":false},"o38":{"properties":{"name":{"type":"string"},"routes":{"items":{"type":"string"},"type":"array"}},"required":["name"],"type":"object","additionalProperties":false},"o39":{"properties":{"virtualNodeGroup":{"$ref":"#/definitions/o37"},"virtualService":{"$ref":"#/definitions/o38"}},"type":"object","additionalProperties":false},"o40":{"properties":{"additionalSubsetNames":{"items":{"type":"string"},"type":"array"},"canarySubsetName":{"type":"string"},"name":{"type":"string"},"stableSubsetName":{"type":"string"}},"required":["canarySubsetName","name","stableSubsetName"],"type":"object","additionalProperties":false},"o41":{"properties":{"port":{"format":"int64","type":"integer"}},"type":"object","additionalProperties":false},"o42":{"properties":{"port":{"format":"int64","type":"integer"},"sniHosts":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false},"o43":{"properties":{"name":{"type":"string"},"routes":{"items":{"type":"string"},"type":"array"},"tcpRoutes":{"items":{"$ref":"#/definitions/o41"},"type":"array"},"tlsRoutes":{"items":{"$ref":"#/definitions/o42"},"type":"array"}},"required":["name"],"type":"object","additionalProperties":false},"o44":{"properties":{"destinationRule":{"$ref":"#/definitions/o40"},"virtualService":{"$ref":"#/definitions/o43"},"virtualServices":{"items":{"$ref":"#/definitions/o43"},"type":"array"}},"type":"object","additionalProperties":false},"o45":{"properties":{"additionalIngressAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"annotationPrefix":{"type":"string"},"canaryIngressAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"stableIngress":{"type":"string"},"stableIngresses":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false},"o46":{"properties":{"rootService":{"type":"string"},"trafficSplitName":{"type":"string"}},"type":"object","additionalProperties":false},"o47":{"properties":{"weightedTraefikServiceName":{"type":"string"}},"required":["weightedTraefikServiceName"],"type":"object","additionalProperties":false},"o48":{"properties":{"alb":{"$ref":"#/definitions/o32"},"ambassador":{"$ref":"#/definitions/o33"},"apisix":{"$ref":"#/definitions/o35"},"appMesh":{"$ref":"#/definitions/o39"},"istio":{"$ref":"#/definitions/o44"},"managedRoutes":{"items":{"$ref":"#/definitions/o36"},"type":"array"},"maxTrafficWeight":{"format":"int32","type":"integer"},"nginx":{"$ref":"#/definitions/o45"},"plugins":{"type":"object"},"smi":{"$ref":"#/definitions/o46"},"traefik":{"$ref":"#/definitions/o47"}},"type":"object","additionalProperties":false},"o49":{"properties":{"abortScaleDownDelaySeconds":{"format":"int32","type":"integer"},"analysis":{"$ref":"#/definitions/o15"},"antiAffinity":{"$ref":"#/definitions/o6"},"canaryMetadata":{"$ref":"#/definitions/o4"},"canaryService":{"type":"string"},"dynamicStableScale":{"type":"boolean"},"maxSurge":{"anyOf":[{"type":"string"},{"type":"integer"}]},"maxUnavailable":{"anyOf":[{"type":"string"},{"type":"integer"}]},"minPodsPerReplicaSet":{"format":"int32","type":"integer"},"pingPong":{"$ref":"#/definitions/o16"},"replicaProgressThreshold":{"$ref":"#/definitions/o17"},"scaleDownDelayRevisionLimit":{"format":"int32","type":"integer"},"scaleDownDelaySeconds":{"format":"int32","type":"integer"},"stableMetadata":{"$ref":"#/definitions/o4"},"stableService":{"type":"string"},"steps":{"items":{"$ref":"#/definitions/o30"},"type":"array"},"trafficRouting":{"$ref":"#/definitions/o48"}},"type":"object","additionalProperties":false},"o50":{"properties":{"blueGreen":{"$ref":"#/definitions/o14"},"canary":{"$ref":"#/definitions/o49"}},"type":"object","additionalProperties":false},"o51":{"properties":{"matchExpressions":{"items":{"$ref":"#/definitions/o2"},"type":"array"},"matchFields":{"items":{"$ref":"#/definitions/o2"},"type":"array"}},"type":"object","additionalProperties":false},"o52":{"properties":{"preference":{"$ref":"#/definitions/o51"},"weight":{"format":"int32","type":"integer"}},"required":["preference","weight"],"type":"object","additionalProperties":false},"o53":{"properties":{"nodeSelectorTerms":{"items":{"$ref":"#/definitions/o51"},"type":"array"}},"required":["nodeSelectorTerms"],"type":"object","additionalProperties":false},"o54":{"properties":{"preferredDuringSchedulingIgnoredDuringExecution":{"items":{"$ref":"#/definitions/o52"},"type":"array"},"requiredDuringSchedulingIgnoredDuringExecution":{"$ref":"#/definitions/o53"}},"type":"object","additionalProperties":false},"o55":{"properties":{"labelSelector":{"$ref":"#/definitions/o3"},"matchLabelKeys":{"items":{"type":"string"},"type":"array"},"mismatchLabelKeys":{"items":{"type":"string"},"type":"array"},"namespaceSelector":{"$ref":"#/definitions/o3"},"namespaces":{"items":{"type":"string"},"type":"array"},"topologyKey":{"type":"string"}},"required":["topologyKey"],"type":"object","additionalProperties":false},"o56":{"properties":{"podAffinityTerm":{"$ref":"#/definitions/o55"},"weight":{"format":"int32","type":"integer"}},"required":["podAffinityTerm","weight"],"type":"object","additionalProperties":false},"o57":{"properties":{"preferredDuringSchedulingIgnoredDuringExecution":{"items":{"$ref":"#/definitions/o56"},"type":"array"},"requiredDuringSchedulingIgnoredDuringExecution":{"items":{"$ref":"#/definitions/o55"},"type":"array"}},"type":"object","additionalProperties":false},"o58":{"properties":{"nodeAffinity":{"$ref":"#/definitions/o54"},"podAffinity":{"$ref":"#/definitions/o57"},"podAntiAffinity":{"$ref":"#/definitions/o57"}},"type":"object","additionalProperties":false},"o59":{"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false},"o60":{"properties":{"apiVersion":{"type":"string"},"fieldPath":{"type":"string"}},"required":["fieldPath"],"type":"object","additionalProperties":false},"o61":{"properties":{"key":{"type":"string"},"optional":{"default":false,"type":"boolean"},"path":{"type":"string"},"volumeName":{"type":"string"}},"required":["key","path","volumeName"],"type":"object","additionalProperties":false},"o62":{"properties":{"containerName":{"type":"string"},"divisor":{"anyOf":[{"type":"string"},{"type":"integer"}]},"resource":{"type":"string"}},"required":["resource"],"type":"object","additionalProperties":false},"o63":{"properties":{"configMapKeyRef":{"$ref":"#/definitions/o59"},"fieldRef":{"$ref":"#/definitions/o60"},"fileKeyRef":{"$ref":"#/definitions/o61"},"resourceFieldRef":{"$ref":"#/definitions/o62"},"secretKeyRef":{"$ref":"#/definitions/o59"}},"type":"object","additionalProperties":false},"o64":{"properties":{"name":{"type":"string"},"value":{"type":"string"},"valueFrom":{"$ref":"#/definitions/o63"}},"required":["name"],"type":"object","additionalProperties":false},"o65":{"properties":{"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"type":"object","additionalProperties":false},"o66":{"properties":{"configMapRef":{"$ref":"#/definitions/o65"},"prefix":{"type":"string"},"secretRef":{"$ref":"#/definitions/o65"}},"type":"object","additionalProperties":false},"o67":{"properties":{"command":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false},"o68":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"o69":{"properties":{"host":{"type":"string"},"httpHeaders":{"items":{"$ref":"#/definitions/o68"},"type":"array"},"path":{"type":"string"},"port":{"anyOf":[{"type":"string"},{"type":"integer"}]},"scheme":{"type":"string"}},"required":["port"],"type":"object","additionalProperties":false},"o70":{"properties":{"seconds":{"format":"int64","type":"integer"}},"required":["seconds"],"type":"object","additionalProperties":false},"o71":{"properties":{"host":{"type":"string"},"port":{"anyOf":[{"type":"string"},{"type":"integer"}]}},"required":["port"],"type":"object","additionalProperties":false},"o72":{"properties":{"exec":{"$ref":"#/definitions/o67"},"httpGet":{"$ref":"#/definitions/o69"},"sleep":{"$ref":"#/definitions/o70"},"tcpSocket":{"$ref":"#/definitions/o71"}},"type":"object","additionalProperties":false},"o73":{"properties":{"postStart":{"$ref":"#/definitions/o72"},"preStop":{"$ref":"#/definitions/o72"},"stopSignal":{"type":"string"}},"type":"object","additionalProperties":false},"o74":{"properties":{"port":{"format":"int32","type":"integer"},"service":{"default":"","type":"string"}},"required":["port"],"type":"object","additionalProperties":false},"o75":{"properties":{"exec":{"$ref":"#/definitions/o67"},"failureThreshold":{"format":"int32","type":"integer"},"grpc":{"$ref":"#/definitions/o74"},"httpGet":{"$ref":"#/definitions/o69"},"initialDelaySeconds":{"format":"int32","type":"integer"},"periodSeconds":{"format":"int32","type":"integer"},"successThreshold":{"format":"int32","type":"integer"},"tcpSocket":{"$ref":"#/definitions/o71"},"terminationGracePeriodSeconds":{"format":"int64","type":"integer"},"timeoutSeconds":{"format":"int32","type":"integer"}},"type":"object","additionalProperties":false},"o76":{"properties":{"containerPort":{"format":"int32","type":"integer"},"hostIP":{"type":"string"},"hostPort":{"format":"int32","type":"integer"},"name":{"type":"string"},"protocol":{"default":"TCP","type":"string"}},"required":["containerPort"],"type":"object","additionalProperties":false},"o77":{"properties":{"resourceName":{"type":"string"},"restartPolicy":{"type":"string"}},"required":["resourceName","restartPolicy"],"type":"object","additionalProperties":false},"o78":{"properties":{"name":{"type":"string"},"request":{"type":"string"}},"required":["name"],"type":"object","additionalProperties":false},"o79":{"properties":{"claims":{"items":{"$ref":"#/definitions/o78"},"type":"array"},"limits":{},"requests":{}},"type":"object","additionalProperties":false},"o80":{"properties":{"operator":{"type":"string"},"values":{"items":{"format":"int32","type":"integer"},"type":"array"}},"required":["operator"],"type":"object","additionalProperties":false},"o81":{"properties":{"action":{"type":"string"},"exitCodes":{"$ref":"#/definitions/o80"}},"required":["action"],"type":"object","additionalProperties":false},"o82":{"properties":{"localhostProfile":{"type":"string"},"type":{"type":"string"}},"required":["type"],"type":"object","additionalProperties":false},"o83":{"properties":{"add":{"items":{"type":"string"},"type":"array"},"drop":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false},"o84":{"properties":{"level":{"type":"string"},"role":{"type":"string"},"type":{"type":"string"},"user":{"type":"string"}},"type":"object","additionalProperties":false},"o85":{"properties":{"gmsaCredentialSpec":{"type":"string"},"gmsaCredentialSpecName":{"type":"string"},"hostProcess":{"type":"boolean"},"runAsUserName":{"type":"string"}},"type":"object","additionalProperties":false},"o86":{"properties":{"allowPrivilegeEscalation":{"type":"boolean"},"appArmorProfile":{"$ref":"#/definitions/o82"},"capabilities":{"$ref":"#/definitions/o83"},"privileged":{"type":"boolean"},"procMount":{"type":"string"},"readOnlyRootFilesystem":{"type":"boolean"},"runAsGroup":{"format":"int64","type":"integer"},"runAsNonRoot":{"type":"boolean"},"runAsUser":{"format":"int64","type":"integer"},"seLinuxOptions":{"$ref":"#/definitions/o84"},"seccompProfile":{"$ref":"#/definitions/o82"},"windowsOptions":{"$ref":"#/definitions/o85"}},"type":"object","additionalProperties":false},"o87":{"properties":{"devicePath":{"type":"string"},"name":{"type":"string"}},"required":["devicePath","name"],"type":"object","additionalProperties":false},"o88":{"properties":{"mountPath":{"type":"string"},"mountPropagation":{"type":"string"},"name":{"type":"string"},"readOnly":{"type":"boolean"},"recursiveReadOnly":{"type":"string"},"subPath":{"type":"string"},"subPathExpr":{"type":"string"}},"required":["mountPath","name"],"type":"object","additionalProperties":false},"o89":{"properties":{"args":{"items":{"type":"string"},"type":"array"},"command":{"items":{"type":"string"},"type":"array"},"env":{"items":{"$ref":"#/definitions/o64"},"type":"array"},"envFrom":{"items":{"$ref":"#/definitions/o66"},"type":"array"},"image":{"type":"string"},"imagePullPolicy":{"type":"string"},"lifecycle":{"$ref":"#/definitions/o73"},"livenessProbe":{"$ref":"#/definitions/o75"},"name":{"type":"string"},"ports":{"items":{"$ref":"#/definitions/o76"},"type":"array"},"readinessProbe":{"$ref":"#/definitions/o75"},"resizePolicy":{"items":{"$ref":"#/definitions/o77"},"type":"array"},"resources":{"$ref":"#/definitions/o79"},"restartPolicy":{"type":"string"},"restartPolicyRules":{"items":{"$ref":"#/definitions/o81"},"type":"array"},"securityContext":{"$ref":"#/definitions/o86"},"startupProbe":{"$ref":"#/definitions/o75"},"stdin":{"type":"boolean"},"stdinOnce":{"type":"boolean"},"terminationMessagePath":{"type":"string"},"terminationMessagePolicy":{"type":"string"},"tty":{"type":"boolean"},"volumeDevices":{"items":{"$ref":"#/definitions/o87"},"type":"array"},"volumeMounts":{"items":{"$ref":"#/definitions/o88"},"type":"array"},"workingDir":{"type":"string"}},"required":["name"],"type":"object","additionalProperties":false},"o90":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"o91":{"properties":{"nameservers":{"items":{"type":"string"},"type":"array"},"options":{"items":{"$ref":"#/definitions/o90"},"type":"array"},"searches":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false},"o92":{"properties":{"args":{"items":{"type":"string"},"type":"array"},"command":{"items":{"type":"string"},"type":"array"},"env":{"items":{"$ref":"#/definitions/o64"},"type":"array"},"envFrom":{"items":{"$ref":"#/definitions/o66"},"type":"array"},"image":{"type":"string"},"imagePullPolicy":{"type":"string"},"lifecycle":{"$ref":"#/definitions/o73"},"livenessProbe":{"$ref":"#/definitions/o75"},"name":{"type":"string"},"ports":{"items":{"$ref":"#/definitions/o76"},"type":"array"},"readinessProbe":{"$ref":"#/definitions/o75"},"resizePolicy":{"items":{"$ref":"#/definitions/o77"},"type":"array"},"resources":{"$ref":"#/definitions/o79"},"restartPolicy":{"type":"string"},"restartPolicyRules":{"items":{"$ref":"#/definitions/o81"},"type":"array"},"securityContext":{"$ref":"#/definitions/o86"},"startupProbe":{"$ref":"#/definitions/o75"},"stdin":{"type":"boolean"},"stdinOnce":{"type":"boolean"},"targetContainerName":{"type":"string"},"terminationMessagePath":{"type":"string"},"terminationMessagePolicy":{"type":"string"},"tty":{"type":"boolean"},"volumeDevices":{"items":{"$ref":"#/definitions/o87"},"type":"array"},"volumeMounts":{"items":{"$ref":"#/definitions/o88"},"type":"array"},"workingDir":{"type":"string"}},"required":["name"],"type":"object","additionalProperties":false},"o93":{"properties":{"hostnames":{"items":{"type":"string"},"type":"array"},"ip":{"type":"string"}},"required":["ip"],"type":"object","additionalProperties":false},"o94":{"properties":{"name":{"default":"","type":"string"}},"type":"object","additionalProperties":false},"o95":{"properties":{"conditionType":{"type":"string"}},"required":["conditionType"],"type":"object","additionalProperties":false},"o96":{"properties":{"name":{"type":"string"},"resourceClaimName":{"type":"string"},"resourceClaimTemplateName":{"type":"string"}},"required":["name"],"type":"object","additionalProperties":false},"o97":{"properties":{"claims":{"items":{"$ref":"#/definitions/o78"},"type":"array"},"limits":{"additionalProperties":{"anyOf":[{"type":"string"},{"type":"integer"}]},"type":"object"},"requests":{"additionalProperties":{"anyOf":[{"type":"string"},{"type":"integer"}]},"type":"object"}},"type":"object","additionalProperties":false},"o98":{"properties":{"appArmorProfile":{"$ref":"#/definitions/o82"},"fsGroup":{"format":"int64","type":"integer"},"fsGroupChangePolicy":{"type":"string"},"runAsGroup":{"format":"int64","type":"integer"},"runAsNonRoot":{"type":"boolean"},"runAsUser":{"format":"int64","type":"integer"},"seLinuxChangePolicy":{"type":"string"},"seLinuxOptions":{"$ref":"#/definitions/o84"},"seccompProfile":{"$ref":"#/definitions/o82"},"supplementalGroups":{"items":{"format":"int64","type":"integer"},"type":"array"},"supplementalGroupsPolicy":{"type":"string"},"sysctls":{"items":{"$ref":"#/definitions/o68"},"type":"array"},"windowsOptions":{"$ref":"#/definitions/o85"}},"type":"object","additionalProperties":false},"o99":{"properties":{"effect":{"type":"string"},"key":{"type":"string"},"operator":{"type":"string"},"tolerationSeconds":{"format":"int64","type":"integer"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"o100":{"properties":{"labelSelector":{"$ref":"#/definitions/o3"},"matchLabelKeys":{"items":{"type":"string"},"type":"array"},"maxSkew":{"format":"int32","type":"integer"},"minDomains":{"format":"int32","type":"integer"},"nodeAffinityPolicy":{"type":"string"},"nodeTaintsPolicy":{"type":"string"},"topologyKey":{"type":"string"},"whenUnsatisfiable":{"type":"string"}},"required":["maxSkew","topologyKey","whenUnsatisfiable"],"type":"object","additionalProperties":false},"o101":{"properties":{"activeDeadlineSeconds":{"format":"int64","type":"integer"},"affinity":{"$ref":"#/definitions/o58"},"automountServiceAccountToken":{"type":"boolean"},"containers":{"items":{"$ref":"#/definitions/o89"},"type":"array"},"dnsConfig":{"$ref":"#/definitions/o91"},"dnsPolicy":{"type":"string"},"enableServiceLinks":{"type":"boolean"},"ephemeralContainers":{"items":{"$ref":"#/definitions/o92"},"type":"array"},"hostAliases":{"items":{"$ref":"#/definitions/o93"},"type":"array"},"hostIPC":{"type":"boolean"},"hostNetwork":{"type":"boolean"},"hostPID":{"type":"boolean"},"hostUsers":{"type":"boolean"},"hostname":{"type":"string"},"hostnameOverride":{"type":"string"},"imagePullSecrets":{"items":{"$ref":"#/definitions/o94"},"type":"array"},"initContainers":{"items":{"$ref":"#/definitions/o89"},"type":"array"},"nodeName":{"type":"string"},"nodeSelector":{"additionalProperties":{"type":"string"},"type":"object"},"os":{"$ref":"#/definitions/o36"},"overhead":{"additionalProperties":{"anyOf":[{"type":"string"},{"type":"integer"}]},"type":"object"},"preemptionPolicy":{"type":"string"},"priority":{"format":"int32","type":"integer"},"priorityClassName":{"type":"string"},"readinessGates":{"items":{"$ref":"#/definitions/o95"},"type":"array"},"resourceClaims":{"items":{"$ref":"#/definitions/o96"},"type":"array"},"resources":{"$ref":"#/definitions/o97"},"restartPolicy":{"type":"string"},"runtimeClassName":{"type":"string"},"schedulerName":{"type":"string"},"schedulingGates":{"items":{"$ref":"#/definitions/o36"},"type":"array"},"securityContext":{"$ref":"#/definitions/o98"},"serviceAccount":{"type":"string"},"serviceAccountName":{"type":"string"},"setHostnameAsFQDN":{"type":"boolean"},"shareProcessNamespace":{"type":"boolean"},"subdomain":{"type":"string"},"terminationGracePeriodSeconds":{"format":"int64","type":"integer"},"tolerations":{"items":{"$ref":"#/definitions/o99"},"type":"array"},"topologySpreadConstraints":{"items":{"$ref":"#/definitions/o100"},"type":"array"},"volumes":{}},"required":["containers"],"type":"object","additionalProperties":false},"o102":{"properties":{"metadata":{"$ref":"#/definitions/o4"},"spec":{"$ref":"#/definitions/o101"}},"type":"object","additionalProperties":false},"o103":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"},"scaleDown":{"type":"string"}},"type":"object","additionalProperties":false},"o104":{"properties":{"analysis":{"$ref":"#/definitions/o0"},"minReadySeconds":{"format":"int32","type":"integer"},"paused":{"type":"boolean"},"progressDeadlineAbort":{"type":"boolean"},"progressDeadlineSeconds":{"format":"int32","type":"integer"},"replicas":{"format":"int32","type":"integer"},"restartAt":{"format":"date-time","type":"string"},"revisionHistoryLimit":{"format":"int32","type":"integer"},"rollbackWindow":{"$ref":"#/definitions/o1"},"selector":{"$ref":"#/definitions/o3"},"strategy":{"$ref":"#/definitions/o50"},"template":{"$ref":"#/definitions/o102"},"workloadRef":{"$ref":"#/definitions/o103"}},"type":"object","additionalProperties":false}}};
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


function validate2374(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate2374.errors = vErrors;
return errors === 0;
}

const schema932 = {"properties":{"analysis":{"$ref":"#/definitions/o0"},"minReadySeconds":{"format":"int32","type":"integer"},"paused":{"type":"boolean"},"progressDeadlineAbort":{"type":"boolean"},"progressDeadlineSeconds":{"format":"int32","type":"integer"},"replicas":{"format":"int32","type":"integer"},"restartAt":{"format":"date-time","type":"string"},"revisionHistoryLimit":{"format":"int32","type":"integer"},"rollbackWindow":{"$ref":"#/definitions/o1"},"selector":{"$ref":"#/definitions/o3"},"strategy":{"$ref":"#/definitions/o50"},"template":{"$ref":"#/definitions/o102"},"workloadRef":{"$ref":"#/definitions/o103"}},"type":"object","additionalProperties":false};
const schema933 = {"properties":{"successfulRunHistoryLimit":{"format":"int32","type":"integer"},"unsuccessfulRunHistoryLimit":{"format":"int32","type":"integer"}},"type":"object","additionalProperties":false};

function validate2381(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "successfulRunHistoryLimit") || (key0 === "unsuccessfulRunHistoryLimit"))){
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
if(data.successfulRunHistoryLimit !== undefined){
let data0 = data.successfulRunHistoryLimit;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/successfulRunHistoryLimit",schemaPath:"#/properties/successfulRunHistoryLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.unsuccessfulRunHistoryLimit !== undefined){
let data1 = data.unsuccessfulRunHistoryLimit;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err2 = {instancePath:instancePath+"/unsuccessfulRunHistoryLimit",schemaPath:"#/properties/unsuccessfulRunHistoryLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2381.errors = vErrors;
return errors === 0;
}

const schema934 = {"properties":{"revisions":{"format":"int32","type":"integer"}},"type":"object","additionalProperties":false};

function validate2383(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "revisions")){
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
if(data.revisions !== undefined){
let data0 = data.revisions;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/revisions",schemaPath:"#/properties/revisions/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
validate2383.errors = vErrors;
return errors === 0;
}

const schema935 = {"properties":{"matchExpressions":{"items":{"$ref":"#/definitions/o2"},"type":"array"},"matchLabels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object","additionalProperties":false};
const schema936 = {"properties":{"key":{"type":"string"},"operator":{"type":"string"},"values":{"items":{"type":"string"},"type":"array"}},"required":["key","operator"],"type":"object","additionalProperties":false};

function validate2386(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate2386.errors = vErrors;
return errors === 0;
}


function validate2385(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate2386(data0[i0], {instancePath:instancePath+"/matchExpressions/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2386.errors : vErrors.concat(validate2386.errors);
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
validate2385.errors = vErrors;
return errors === 0;
}

const schema937 = {"properties":{"blueGreen":{"$ref":"#/definitions/o14"},"canary":{"$ref":"#/definitions/o49"}},"type":"object","additionalProperties":false};
const schema938 = {"properties":{"abortScaleDownDelaySeconds":{"format":"int32","type":"integer"},"activeMetadata":{"$ref":"#/definitions/o4"},"activeService":{"type":"string"},"antiAffinity":{"$ref":"#/definitions/o6"},"autoPromotionEnabled":{"type":"boolean"},"autoPromotionSeconds":{"format":"int32","type":"integer"},"maxUnavailable":{"anyOf":[{"type":"string"},{"type":"integer"}]},"postPromotionAnalysis":{"$ref":"#/definitions/o13"},"prePromotionAnalysis":{"$ref":"#/definitions/o13"},"previewMetadata":{"$ref":"#/definitions/o4"},"previewReplicaCount":{"format":"int32","type":"integer"},"previewService":{"type":"string"},"scaleDownDelayRevisionLimit":{"format":"int32","type":"integer"},"scaleDownDelaySeconds":{"format":"int32","type":"integer"}},"required":["activeService"],"type":"object","additionalProperties":false};
const schema939 = {"properties":{"annotations":{"additionalProperties":{"type":"string"},"type":"object"},"labels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object","additionalProperties":false};

function validate2391(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "annotations") || (key0 === "labels"))){
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
if(data.labels !== undefined){
let data2 = data.labels;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key2 in data2){
if(typeof data2[key2] !== "string"){
const err3 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err4 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
validate2391.errors = vErrors;
return errors === 0;
}

const schema940 = {"properties":{"preferredDuringSchedulingIgnoredDuringExecution":{"$ref":"#/definitions/o5"},"requiredDuringSchedulingIgnoredDuringExecution":{"type":"object"}},"type":"object","additionalProperties":false};
const schema941 = {"properties":{"weight":{"format":"int32","type":"integer"}},"required":["weight"],"type":"object","additionalProperties":false};

function validate2394(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.weight === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weight"},message:"must have required property '"+"weight"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "weight")){
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
if(data.weight !== undefined){
let data0 = data.weight;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err2 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2394.errors = vErrors;
return errors === 0;
}


function validate2393(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "preferredDuringSchedulingIgnoredDuringExecution") || (key0 === "requiredDuringSchedulingIgnoredDuringExecution"))){
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
if(data.preferredDuringSchedulingIgnoredDuringExecution !== undefined){
if(!(validate2394(data.preferredDuringSchedulingIgnoredDuringExecution, {instancePath:instancePath+"/preferredDuringSchedulingIgnoredDuringExecution",parentData:data,parentDataProperty:"preferredDuringSchedulingIgnoredDuringExecution",rootData}))){
vErrors = vErrors === null ? validate2394.errors : vErrors.concat(validate2394.errors);
errors = vErrors.length;
}
}
if(data.requiredDuringSchedulingIgnoredDuringExecution !== undefined){
let data1 = data.requiredDuringSchedulingIgnoredDuringExecution;
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err1 = {instancePath:instancePath+"/requiredDuringSchedulingIgnoredDuringExecution",schemaPath:"#/properties/requiredDuringSchedulingIgnoredDuringExecution/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
validate2393.errors = vErrors;
return errors === 0;
}

const schema942 = {"properties":{"analysisRunMetadata":{"$ref":"#/definitions/o4"},"args":{"items":{"$ref":"#/definitions/o9"},"type":"array"},"dryRun":{"items":{"$ref":"#/definitions/o10"},"type":"array"},"measurementRetention":{"items":{"$ref":"#/definitions/o11"},"type":"array"},"templates":{"items":{"$ref":"#/definitions/o12"},"type":"array"}},"type":"object","additionalProperties":false};
const schema943 = {"properties":{"name":{"type":"string"},"value":{"type":"string"},"valueFrom":{"$ref":"#/definitions/o8"}},"required":["name"],"type":"object","additionalProperties":false};
const schema944 = {"properties":{"fieldRef":{"$ref":"#/definitions/o7"},"podTemplateHashValue":{"type":"string"}},"type":"object","additionalProperties":false};
const schema945 = {"properties":{"fieldPath":{"type":"string"}},"required":["fieldPath"],"type":"object","additionalProperties":false};

function validate2401(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.fieldPath === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fieldPath"},message:"must have required property '"+"fieldPath"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "fieldPath")){
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
if(data.fieldPath !== undefined){
if(typeof data.fieldPath !== "string"){
const err2 = {instancePath:instancePath+"/fieldPath",schemaPath:"#/properties/fieldPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2401.errors = vErrors;
return errors === 0;
}


function validate2400(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "fieldRef") || (key0 === "podTemplateHashValue"))){
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
if(data.fieldRef !== undefined){
if(!(validate2401(data.fieldRef, {instancePath:instancePath+"/fieldRef",parentData:data,parentDataProperty:"fieldRef",rootData}))){
vErrors = vErrors === null ? validate2401.errors : vErrors.concat(validate2401.errors);
errors = vErrors.length;
}
}
if(data.podTemplateHashValue !== undefined){
if(typeof data.podTemplateHashValue !== "string"){
const err1 = {instancePath:instancePath+"/podTemplateHashValue",schemaPath:"#/properties/podTemplateHashValue/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2400.errors = vErrors;
return errors === 0;
}


function validate2399(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(((key0 === "name") || (key0 === "value")) || (key0 === "valueFrom"))){
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
if(data.value !== undefined){
if(typeof data.value !== "string"){
const err3 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.valueFrom !== undefined){
if(!(validate2400(data.valueFrom, {instancePath:instancePath+"/valueFrom",parentData:data,parentDataProperty:"valueFrom",rootData}))){
vErrors = vErrors === null ? validate2400.errors : vErrors.concat(validate2400.errors);
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
validate2399.errors = vErrors;
return errors === 0;
}

const schema946 = {"properties":{"metricName":{"type":"string"}},"required":["metricName"],"type":"object","additionalProperties":false};

function validate2405(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metricName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metricName"},message:"must have required property '"+"metricName"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "metricName")){
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
if(data.metricName !== undefined){
if(typeof data.metricName !== "string"){
const err2 = {instancePath:instancePath+"/metricName",schemaPath:"#/properties/metricName/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2405.errors = vErrors;
return errors === 0;
}

const schema947 = {"properties":{"limit":{"format":"int32","type":"integer"},"metricName":{"type":"string"}},"required":["limit","metricName"],"type":"object","additionalProperties":false};

function validate2407(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.limit === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "limit"},message:"must have required property '"+"limit"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.metricName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metricName"},message:"must have required property '"+"metricName"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "limit") || (key0 === "metricName"))){
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
if(data.limit !== undefined){
let data0 = data.limit;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err3 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.metricName !== undefined){
if(typeof data.metricName !== "string"){
const err4 = {instancePath:instancePath+"/metricName",schemaPath:"#/properties/metricName/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2407.errors = vErrors;
return errors === 0;
}

const schema948 = {"properties":{"clusterScope":{"type":"boolean"},"templateName":{"type":"string"}},"type":"object","additionalProperties":false};

function validate2409(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "clusterScope") || (key0 === "templateName"))){
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
if(data.clusterScope !== undefined){
if(typeof data.clusterScope !== "boolean"){
const err1 = {instancePath:instancePath+"/clusterScope",schemaPath:"#/properties/clusterScope/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.templateName !== undefined){
if(typeof data.templateName !== "string"){
const err2 = {instancePath:instancePath+"/templateName",schemaPath:"#/properties/templateName/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2409.errors = vErrors;
return errors === 0;
}


function validate2397(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "analysisRunMetadata") || (key0 === "args")) || (key0 === "dryRun")) || (key0 === "measurementRetention")) || (key0 === "templates"))){
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
if(data.analysisRunMetadata !== undefined){
if(!(validate2391(data.analysisRunMetadata, {instancePath:instancePath+"/analysisRunMetadata",parentData:data,parentDataProperty:"analysisRunMetadata",rootData}))){
vErrors = vErrors === null ? validate2391.errors : vErrors.concat(validate2391.errors);
errors = vErrors.length;
}
}
if(data.args !== undefined){
let data1 = data.args;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2399(data1[i0], {instancePath:instancePath+"/args/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2399.errors : vErrors.concat(validate2399.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.dryRun !== undefined){
let data3 = data.dryRun;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate2405(data3[i1], {instancePath:instancePath+"/dryRun/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate2405.errors : vErrors.concat(validate2405.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/dryRun",schemaPath:"#/properties/dryRun/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.measurementRetention !== undefined){
let data5 = data.measurementRetention;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
if(!(validate2407(data5[i2], {instancePath:instancePath+"/measurementRetention/" + i2,parentData:data5,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate2407.errors : vErrors.concat(validate2407.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/measurementRetention",schemaPath:"#/properties/measurementRetention/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.templates !== undefined){
let data7 = data.templates;
if(Array.isArray(data7)){
const len3 = data7.length;
for(let i3=0; i3<len3; i3++){
if(!(validate2409(data7[i3], {instancePath:instancePath+"/templates/" + i3,parentData:data7,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate2409.errors : vErrors.concat(validate2409.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate2397.errors = vErrors;
return errors === 0;
}


function validate2390(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.activeService === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "activeService"},message:"must have required property '"+"activeService"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema938.properties, key0))){
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
if(data.abortScaleDownDelaySeconds !== undefined){
let data0 = data.abortScaleDownDelaySeconds;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err2 = {instancePath:instancePath+"/abortScaleDownDelaySeconds",schemaPath:"#/properties/abortScaleDownDelaySeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.activeMetadata !== undefined){
if(!(validate2391(data.activeMetadata, {instancePath:instancePath+"/activeMetadata",parentData:data,parentDataProperty:"activeMetadata",rootData}))){
vErrors = vErrors === null ? validate2391.errors : vErrors.concat(validate2391.errors);
errors = vErrors.length;
}
}
if(data.activeService !== undefined){
if(typeof data.activeService !== "string"){
const err3 = {instancePath:instancePath+"/activeService",schemaPath:"#/properties/activeService/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.antiAffinity !== undefined){
if(!(validate2393(data.antiAffinity, {instancePath:instancePath+"/antiAffinity",parentData:data,parentDataProperty:"antiAffinity",rootData}))){
vErrors = vErrors === null ? validate2393.errors : vErrors.concat(validate2393.errors);
errors = vErrors.length;
}
}
if(data.autoPromotionEnabled !== undefined){
if(typeof data.autoPromotionEnabled !== "boolean"){
const err4 = {instancePath:instancePath+"/autoPromotionEnabled",schemaPath:"#/properties/autoPromotionEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.autoPromotionSeconds !== undefined){
let data5 = data.autoPromotionSeconds;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err5 = {instancePath:instancePath+"/autoPromotionSeconds",schemaPath:"#/properties/autoPromotionSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.maxUnavailable !== undefined){
let data6 = data.maxUnavailable;
const _errs13 = errors;
let valid1 = false;
const _errs14 = errors;
if(typeof data6 !== "string"){
const err6 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/properties/maxUnavailable/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs16 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err7 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/properties/maxUnavailable/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err8 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/properties/maxUnavailable/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.postPromotionAnalysis !== undefined){
if(!(validate2397(data.postPromotionAnalysis, {instancePath:instancePath+"/postPromotionAnalysis",parentData:data,parentDataProperty:"postPromotionAnalysis",rootData}))){
vErrors = vErrors === null ? validate2397.errors : vErrors.concat(validate2397.errors);
errors = vErrors.length;
}
}
if(data.prePromotionAnalysis !== undefined){
if(!(validate2397(data.prePromotionAnalysis, {instancePath:instancePath+"/prePromotionAnalysis",parentData:data,parentDataProperty:"prePromotionAnalysis",rootData}))){
vErrors = vErrors === null ? validate2397.errors : vErrors.concat(validate2397.errors);
errors = vErrors.length;
}
}
if(data.previewMetadata !== undefined){
if(!(validate2391(data.previewMetadata, {instancePath:instancePath+"/previewMetadata",parentData:data,parentDataProperty:"previewMetadata",rootData}))){
vErrors = vErrors === null ? validate2391.errors : vErrors.concat(validate2391.errors);
errors = vErrors.length;
}
}
if(data.previewReplicaCount !== undefined){
let data10 = data.previewReplicaCount;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err9 = {instancePath:instancePath+"/previewReplicaCount",schemaPath:"#/properties/previewReplicaCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.previewService !== undefined){
if(typeof data.previewService !== "string"){
const err10 = {instancePath:instancePath+"/previewService",schemaPath:"#/properties/previewService/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.scaleDownDelayRevisionLimit !== undefined){
let data12 = data.scaleDownDelayRevisionLimit;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err11 = {instancePath:instancePath+"/scaleDownDelayRevisionLimit",schemaPath:"#/properties/scaleDownDelayRevisionLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.scaleDownDelaySeconds !== undefined){
let data13 = data.scaleDownDelaySeconds;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err12 = {instancePath:instancePath+"/scaleDownDelaySeconds",schemaPath:"#/properties/scaleDownDelaySeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate2390.errors = vErrors;
return errors === 0;
}

const schema949 = {"properties":{"abortScaleDownDelaySeconds":{"format":"int32","type":"integer"},"analysis":{"$ref":"#/definitions/o15"},"antiAffinity":{"$ref":"#/definitions/o6"},"canaryMetadata":{"$ref":"#/definitions/o4"},"canaryService":{"type":"string"},"dynamicStableScale":{"type":"boolean"},"maxSurge":{"anyOf":[{"type":"string"},{"type":"integer"}]},"maxUnavailable":{"anyOf":[{"type":"string"},{"type":"integer"}]},"minPodsPerReplicaSet":{"format":"int32","type":"integer"},"pingPong":{"$ref":"#/definitions/o16"},"replicaProgressThreshold":{"$ref":"#/definitions/o17"},"scaleDownDelayRevisionLimit":{"format":"int32","type":"integer"},"scaleDownDelaySeconds":{"format":"int32","type":"integer"},"stableMetadata":{"$ref":"#/definitions/o4"},"stableService":{"type":"string"},"steps":{"items":{"$ref":"#/definitions/o30"},"type":"array"},"trafficRouting":{"$ref":"#/definitions/o48"}},"type":"object","additionalProperties":false};
const schema950 = {"properties":{"analysisRunMetadata":{"$ref":"#/definitions/o4"},"args":{"items":{"$ref":"#/definitions/o9"},"type":"array"},"dryRun":{"items":{"$ref":"#/definitions/o10"},"type":"array"},"measurementRetention":{"items":{"$ref":"#/definitions/o11"},"type":"array"},"startingStep":{"format":"int32","type":"integer"},"templates":{"items":{"$ref":"#/definitions/o12"},"type":"array"}},"type":"object","additionalProperties":false};

function validate2416(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "analysisRunMetadata") || (key0 === "args")) || (key0 === "dryRun")) || (key0 === "measurementRetention")) || (key0 === "startingStep")) || (key0 === "templates"))){
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
if(data.analysisRunMetadata !== undefined){
if(!(validate2391(data.analysisRunMetadata, {instancePath:instancePath+"/analysisRunMetadata",parentData:data,parentDataProperty:"analysisRunMetadata",rootData}))){
vErrors = vErrors === null ? validate2391.errors : vErrors.concat(validate2391.errors);
errors = vErrors.length;
}
}
if(data.args !== undefined){
let data1 = data.args;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2399(data1[i0], {instancePath:instancePath+"/args/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2399.errors : vErrors.concat(validate2399.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.dryRun !== undefined){
let data3 = data.dryRun;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate2405(data3[i1], {instancePath:instancePath+"/dryRun/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate2405.errors : vErrors.concat(validate2405.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/dryRun",schemaPath:"#/properties/dryRun/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.measurementRetention !== undefined){
let data5 = data.measurementRetention;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
if(!(validate2407(data5[i2], {instancePath:instancePath+"/measurementRetention/" + i2,parentData:data5,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate2407.errors : vErrors.concat(validate2407.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/measurementRetention",schemaPath:"#/properties/measurementRetention/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.startingStep !== undefined){
let data7 = data.startingStep;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err4 = {instancePath:instancePath+"/startingStep",schemaPath:"#/properties/startingStep/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.templates !== undefined){
let data8 = data.templates;
if(Array.isArray(data8)){
const len3 = data8.length;
for(let i3=0; i3<len3; i3++){
if(!(validate2409(data8[i3], {instancePath:instancePath+"/templates/" + i3,parentData:data8,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate2409.errors : vErrors.concat(validate2409.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate2416.errors = vErrors;
return errors === 0;
}

const schema951 = {"properties":{"pingService":{"type":"string"},"pongService":{"type":"string"}},"required":["pingService","pongService"],"type":"object","additionalProperties":false};

function validate2425(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pingService === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pingService"},message:"must have required property '"+"pingService"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.pongService === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pongService"},message:"must have required property '"+"pongService"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "pingService") || (key0 === "pongService"))){
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
if(data.pingService !== undefined){
if(typeof data.pingService !== "string"){
const err3 = {instancePath:instancePath+"/pingService",schemaPath:"#/properties/pingService/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.pongService !== undefined){
if(typeof data.pongService !== "string"){
const err4 = {instancePath:instancePath+"/pongService",schemaPath:"#/properties/pongService/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2425.errors = vErrors;
return errors === 0;
}

const schema952 = {"properties":{"type":{"type":"string"},"value":{"format":"int32","type":"integer"}},"required":["type","value"],"type":"object","additionalProperties":false};

function validate2427(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!((key0 === "type") || (key0 === "value"))){
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
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
let data1 = data.value;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
validate2427.errors = vErrors;
return errors === 0;
}

const schema953 = {"properties":{"analysis":{"$ref":"#/definitions/o13"},"experiment":{"$ref":"#/definitions/o21"},"pause":{"$ref":"#/definitions/o22"},"plugin":{"$ref":"#/definitions/o23"},"setCanaryScale":{"$ref":"#/definitions/o24"},"setHeaderRoute":{"$ref":"#/definitions/o27"},"setMirrorRoute":{"$ref":"#/definitions/o29"},"setWeight":{"format":"int32","type":"integer"}},"type":"object","additionalProperties":false};
const schema954 = {"properties":{"analyses":{"items":{"$ref":"#/definitions/o18"},"type":"array"},"analysisRunMetadata":{"$ref":"#/definitions/o4"},"dryRun":{"items":{"$ref":"#/definitions/o10"},"type":"array"},"duration":{"type":"string"},"scaleDownDelaySeconds":{"format":"int32","type":"integer"},"templates":{"items":{"$ref":"#/definitions/o20"},"type":"array"}},"required":["templates"],"type":"object","additionalProperties":false};
const schema955 = {"properties":{"args":{"items":{"$ref":"#/definitions/o9"},"type":"array"},"clusterScope":{"type":"boolean"},"name":{"type":"string"},"requiredForCompletion":{"type":"boolean"},"templateName":{"type":"string"}},"required":["name","templateName"],"type":"object","additionalProperties":false};

function validate2433(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.templateName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "templateName"},message:"must have required property '"+"templateName"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "args") || (key0 === "clusterScope")) || (key0 === "name")) || (key0 === "requiredForCompletion")) || (key0 === "templateName"))){
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
if(data.args !== undefined){
let data0 = data.args;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2399(data0[i0], {instancePath:instancePath+"/args/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2399.errors : vErrors.concat(validate2399.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.clusterScope !== undefined){
if(typeof data.clusterScope !== "boolean"){
const err4 = {instancePath:instancePath+"/clusterScope",schemaPath:"#/properties/clusterScope/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
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
if(data.requiredForCompletion !== undefined){
if(typeof data.requiredForCompletion !== "boolean"){
const err6 = {instancePath:instancePath+"/requiredForCompletion",schemaPath:"#/properties/requiredForCompletion/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.templateName !== undefined){
if(typeof data.templateName !== "string"){
const err7 = {instancePath:instancePath+"/templateName",schemaPath:"#/properties/templateName/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2433.errors = vErrors;
return errors === 0;
}

const schema956 = {"properties":{"metadata":{"$ref":"#/definitions/o4"},"name":{"type":"string"},"replicas":{"format":"int32","type":"integer"},"selector":{"$ref":"#/definitions/o3"},"service":{"$ref":"#/definitions/o19"},"specRef":{"type":"string"},"weight":{"format":"int32","type":"integer"}},"required":["name","specRef"],"type":"object","additionalProperties":false};
const schema957 = {"properties":{"name":{"type":"string"}},"type":"object","additionalProperties":false};

function validate2441(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "name")){
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
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2441.errors = vErrors;
return errors === 0;
}


function validate2438(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.specRef === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "specRef"},message:"must have required property '"+"specRef"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "metadata") || (key0 === "name")) || (key0 === "replicas")) || (key0 === "selector")) || (key0 === "service")) || (key0 === "specRef")) || (key0 === "weight"))){
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
if(data.metadata !== undefined){
if(!(validate2391(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate2391.errors : vErrors.concat(validate2391.errors);
errors = vErrors.length;
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
if(data.replicas !== undefined){
let data2 = data.replicas;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err4 = {instancePath:instancePath+"/replicas",schemaPath:"#/properties/replicas/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.selector !== undefined){
if(!(validate2385(data.selector, {instancePath:instancePath+"/selector",parentData:data,parentDataProperty:"selector",rootData}))){
vErrors = vErrors === null ? validate2385.errors : vErrors.concat(validate2385.errors);
errors = vErrors.length;
}
}
if(data.service !== undefined){
if(!(validate2441(data.service, {instancePath:instancePath+"/service",parentData:data,parentDataProperty:"service",rootData}))){
vErrors = vErrors === null ? validate2441.errors : vErrors.concat(validate2441.errors);
errors = vErrors.length;
}
}
if(data.specRef !== undefined){
if(typeof data.specRef !== "string"){
const err5 = {instancePath:instancePath+"/specRef",schemaPath:"#/properties/specRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.weight !== undefined){
let data6 = data.weight;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err6 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
validate2438.errors = vErrors;
return errors === 0;
}


function validate2432(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.templates === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "templates"},message:"must have required property '"+"templates"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "analyses") || (key0 === "analysisRunMetadata")) || (key0 === "dryRun")) || (key0 === "duration")) || (key0 === "scaleDownDelaySeconds")) || (key0 === "templates"))){
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
if(data.analyses !== undefined){
let data0 = data.analyses;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2433(data0[i0], {instancePath:instancePath+"/analyses/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2433.errors : vErrors.concat(validate2433.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/analyses",schemaPath:"#/properties/analyses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.analysisRunMetadata !== undefined){
if(!(validate2391(data.analysisRunMetadata, {instancePath:instancePath+"/analysisRunMetadata",parentData:data,parentDataProperty:"analysisRunMetadata",rootData}))){
vErrors = vErrors === null ? validate2391.errors : vErrors.concat(validate2391.errors);
errors = vErrors.length;
}
}
if(data.dryRun !== undefined){
let data3 = data.dryRun;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate2405(data3[i1], {instancePath:instancePath+"/dryRun/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate2405.errors : vErrors.concat(validate2405.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/dryRun",schemaPath:"#/properties/dryRun/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.duration !== undefined){
if(typeof data.duration !== "string"){
const err4 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scaleDownDelaySeconds !== undefined){
let data6 = data.scaleDownDelaySeconds;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err5 = {instancePath:instancePath+"/scaleDownDelaySeconds",schemaPath:"#/properties/scaleDownDelaySeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.templates !== undefined){
let data7 = data.templates;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(!(validate2438(data7[i2], {instancePath:instancePath+"/templates/" + i2,parentData:data7,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate2438.errors : vErrors.concat(validate2438.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate2432.errors = vErrors;
return errors === 0;
}

const schema958 = {"properties":{"duration":{"anyOf":[{"type":"string"},{"type":"integer"}]}},"type":"object","additionalProperties":false};

function validate2445(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "duration")){
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
if(data.duration !== undefined){
let data0 = data.duration;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs6 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err2 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err3 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
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
validate2445.errors = vErrors;
return errors === 0;
}

const schema959 = {"properties":{"config":{"type":"object"},"name":{"type":"string"}},"required":["name"],"type":"object","additionalProperties":false};

function validate2447(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!((key0 === "config") || (key0 === "name"))){
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
if(data.config !== undefined){
let data0 = data.config;
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err2 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
validate2447.errors = vErrors;
return errors === 0;
}

const schema960 = {"properties":{"matchTrafficWeight":{"type":"boolean"},"replicas":{"format":"int32","type":"integer"},"weight":{"format":"int32","type":"integer"}},"type":"object","additionalProperties":false};

function validate2449(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "matchTrafficWeight") || (key0 === "replicas")) || (key0 === "weight"))){
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
if(data.matchTrafficWeight !== undefined){
if(typeof data.matchTrafficWeight !== "boolean"){
const err1 = {instancePath:instancePath+"/matchTrafficWeight",schemaPath:"#/properties/matchTrafficWeight/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.replicas !== undefined){
let data1 = data.replicas;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err2 = {instancePath:instancePath+"/replicas",schemaPath:"#/properties/replicas/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.weight !== undefined){
let data2 = data.weight;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err3 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
validate2449.errors = vErrors;
return errors === 0;
}

const schema961 = {"properties":{"match":{"items":{"$ref":"#/definitions/o26"},"type":"array"},"name":{"type":"string"}},"type":"object","additionalProperties":false};
const schema962 = {"properties":{"headerName":{"type":"string"},"headerValue":{"$ref":"#/definitions/o25"}},"required":["headerName","headerValue"],"type":"object","additionalProperties":false};
const schema963 = {"properties":{"exact":{"type":"string"},"prefix":{"type":"string"},"regex":{"type":"string"}},"type":"object","additionalProperties":false};

function validate2453(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "exact") || (key0 === "prefix")) || (key0 === "regex"))){
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
if(data.exact !== undefined){
if(typeof data.exact !== "string"){
const err1 = {instancePath:instancePath+"/exact",schemaPath:"#/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.prefix !== undefined){
if(typeof data.prefix !== "string"){
const err2 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.regex !== undefined){
if(typeof data.regex !== "string"){
const err3 = {instancePath:instancePath+"/regex",schemaPath:"#/properties/regex/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2453.errors = vErrors;
return errors === 0;
}


function validate2452(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.headerName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headerName"},message:"must have required property '"+"headerName"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.headerValue === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headerValue"},message:"must have required property '"+"headerValue"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "headerName") || (key0 === "headerValue"))){
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
if(data.headerName !== undefined){
if(typeof data.headerName !== "string"){
const err3 = {instancePath:instancePath+"/headerName",schemaPath:"#/properties/headerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.headerValue !== undefined){
if(!(validate2453(data.headerValue, {instancePath:instancePath+"/headerValue",parentData:data,parentDataProperty:"headerValue",rootData}))){
vErrors = vErrors === null ? validate2453.errors : vErrors.concat(validate2453.errors);
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
validate2452.errors = vErrors;
return errors === 0;
}


function validate2451(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "match") || (key0 === "name"))){
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
if(data.match !== undefined){
let data0 = data.match;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2452(data0[i0], {instancePath:instancePath+"/match/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2452.errors : vErrors.concat(validate2452.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2451.errors = vErrors;
return errors === 0;
}

const schema964 = {"properties":{"match":{"items":{"$ref":"#/definitions/o28"},"type":"array"},"name":{"type":"string"},"percentage":{"format":"int32","type":"integer"}},"required":["name"],"type":"object","additionalProperties":false};
const schema965 = {"properties":{"headers":{"additionalProperties":{"$ref":"#/definitions/o25"},"type":"object"},"method":{"$ref":"#/definitions/o25"},"path":{"$ref":"#/definitions/o25"}},"type":"object","additionalProperties":false};

function validate2458(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "headers") || (key0 === "method")) || (key0 === "path"))){
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
if(data.headers !== undefined){
let data0 = data.headers;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!(validate2453(data0[key1], {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate2453.errors : vErrors.concat(validate2453.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.method !== undefined){
if(!(validate2453(data.method, {instancePath:instancePath+"/method",parentData:data,parentDataProperty:"method",rootData}))){
vErrors = vErrors === null ? validate2453.errors : vErrors.concat(validate2453.errors);
errors = vErrors.length;
}
}
if(data.path !== undefined){
if(!(validate2453(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData}))){
vErrors = vErrors === null ? validate2453.errors : vErrors.concat(validate2453.errors);
errors = vErrors.length;
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
validate2458.errors = vErrors;
return errors === 0;
}


function validate2457(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(((key0 === "match") || (key0 === "name")) || (key0 === "percentage"))){
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
if(data.match !== undefined){
let data0 = data.match;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2458(data0[i0], {instancePath:instancePath+"/match/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2458.errors : vErrors.concat(validate2458.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
if(data.percentage !== undefined){
let data3 = data.percentage;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/percentage",schemaPath:"#/properties/percentage/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
validate2457.errors = vErrors;
return errors === 0;
}


function validate2430(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "analysis") || (key0 === "experiment")) || (key0 === "pause")) || (key0 === "plugin")) || (key0 === "setCanaryScale")) || (key0 === "setHeaderRoute")) || (key0 === "setMirrorRoute")) || (key0 === "setWeight"))){
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
if(data.analysis !== undefined){
if(!(validate2397(data.analysis, {instancePath:instancePath+"/analysis",parentData:data,parentDataProperty:"analysis",rootData}))){
vErrors = vErrors === null ? validate2397.errors : vErrors.concat(validate2397.errors);
errors = vErrors.length;
}
}
if(data.experiment !== undefined){
if(!(validate2432(data.experiment, {instancePath:instancePath+"/experiment",parentData:data,parentDataProperty:"experiment",rootData}))){
vErrors = vErrors === null ? validate2432.errors : vErrors.concat(validate2432.errors);
errors = vErrors.length;
}
}
if(data.pause !== undefined){
if(!(validate2445(data.pause, {instancePath:instancePath+"/pause",parentData:data,parentDataProperty:"pause",rootData}))){
vErrors = vErrors === null ? validate2445.errors : vErrors.concat(validate2445.errors);
errors = vErrors.length;
}
}
if(data.plugin !== undefined){
if(!(validate2447(data.plugin, {instancePath:instancePath+"/plugin",parentData:data,parentDataProperty:"plugin",rootData}))){
vErrors = vErrors === null ? validate2447.errors : vErrors.concat(validate2447.errors);
errors = vErrors.length;
}
}
if(data.setCanaryScale !== undefined){
if(!(validate2449(data.setCanaryScale, {instancePath:instancePath+"/setCanaryScale",parentData:data,parentDataProperty:"setCanaryScale",rootData}))){
vErrors = vErrors === null ? validate2449.errors : vErrors.concat(validate2449.errors);
errors = vErrors.length;
}
}
if(data.setHeaderRoute !== undefined){
if(!(validate2451(data.setHeaderRoute, {instancePath:instancePath+"/setHeaderRoute",parentData:data,parentDataProperty:"setHeaderRoute",rootData}))){
vErrors = vErrors === null ? validate2451.errors : vErrors.concat(validate2451.errors);
errors = vErrors.length;
}
}
if(data.setMirrorRoute !== undefined){
if(!(validate2457(data.setMirrorRoute, {instancePath:instancePath+"/setMirrorRoute",parentData:data,parentDataProperty:"setMirrorRoute",rootData}))){
vErrors = vErrors === null ? validate2457.errors : vErrors.concat(validate2457.errors);
errors = vErrors.length;
}
}
if(data.setWeight !== undefined){
let data7 = data.setWeight;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err1 = {instancePath:instancePath+"/setWeight",schemaPath:"#/properties/setWeight/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
validate2430.errors = vErrors;
return errors === 0;
}

const schema966 = {"properties":{"alb":{"$ref":"#/definitions/o32"},"ambassador":{"$ref":"#/definitions/o33"},"apisix":{"$ref":"#/definitions/o35"},"appMesh":{"$ref":"#/definitions/o39"},"istio":{"$ref":"#/definitions/o44"},"managedRoutes":{"items":{"$ref":"#/definitions/o36"},"type":"array"},"maxTrafficWeight":{"format":"int32","type":"integer"},"nginx":{"$ref":"#/definitions/o45"},"plugins":{"type":"object"},"smi":{"$ref":"#/definitions/o46"},"traefik":{"$ref":"#/definitions/o47"}},"type":"object","additionalProperties":false};
const schema967 = {"properties":{"annotationPrefix":{"type":"string"},"ingress":{"type":"string"},"ingresses":{"items":{"type":"string"},"type":"array"},"rootService":{"type":"string"},"servicePort":{"format":"int32","type":"integer"},"stickinessConfig":{"$ref":"#/definitions/o31"}},"required":["servicePort"],"type":"object","additionalProperties":false};
const schema968 = {"properties":{"durationSeconds":{"format":"int64","type":"integer"},"enabled":{"type":"boolean"}},"required":["durationSeconds","enabled"],"type":"object","additionalProperties":false};

function validate2467(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.durationSeconds === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "durationSeconds"},message:"must have required property '"+"durationSeconds"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.enabled === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "durationSeconds") || (key0 === "enabled"))){
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
if(data.durationSeconds !== undefined){
let data0 = data.durationSeconds;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err3 = {instancePath:instancePath+"/durationSeconds",schemaPath:"#/properties/durationSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err4 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
validate2467.errors = vErrors;
return errors === 0;
}


function validate2466(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.servicePort === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "servicePort"},message:"must have required property '"+"servicePort"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "annotationPrefix") || (key0 === "ingress")) || (key0 === "ingresses")) || (key0 === "rootService")) || (key0 === "servicePort")) || (key0 === "stickinessConfig"))){
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
if(data.annotationPrefix !== undefined){
if(typeof data.annotationPrefix !== "string"){
const err2 = {instancePath:instancePath+"/annotationPrefix",schemaPath:"#/properties/annotationPrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.ingress !== undefined){
if(typeof data.ingress !== "string"){
const err3 = {instancePath:instancePath+"/ingress",schemaPath:"#/properties/ingress/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.ingresses !== undefined){
let data2 = data.ingresses;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err4 = {instancePath:instancePath+"/ingresses/" + i0,schemaPath:"#/properties/ingresses/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/ingresses",schemaPath:"#/properties/ingresses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.rootService !== undefined){
if(typeof data.rootService !== "string"){
const err6 = {instancePath:instancePath+"/rootService",schemaPath:"#/properties/rootService/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.servicePort !== undefined){
let data5 = data.servicePort;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err7 = {instancePath:instancePath+"/servicePort",schemaPath:"#/properties/servicePort/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.stickinessConfig !== undefined){
if(!(validate2467(data.stickinessConfig, {instancePath:instancePath+"/stickinessConfig",parentData:data,parentDataProperty:"stickinessConfig",rootData}))){
vErrors = vErrors === null ? validate2467.errors : vErrors.concat(validate2467.errors);
errors = vErrors.length;
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
validate2466.errors = vErrors;
return errors === 0;
}

const schema969 = {"properties":{"mappings":{"items":{"type":"string"},"type":"array"}},"required":["mappings"],"type":"object","additionalProperties":false};

function validate2470(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mappings === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mappings"},message:"must have required property '"+"mappings"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "mappings")){
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
if(data.mappings !== undefined){
let data0 = data.mappings;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err2 = {instancePath:instancePath+"/mappings/" + i0,schemaPath:"#/properties/mappings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath:instancePath+"/mappings",schemaPath:"#/properties/mappings/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate2470.errors = vErrors;
return errors === 0;
}

const schema970 = {"properties":{"route":{"$ref":"#/definitions/o34"}},"type":"object","additionalProperties":false};
const schema971 = {"properties":{"name":{"type":"string"},"rules":{"items":{"type":"string"},"type":"array"}},"required":["name"],"type":"object","additionalProperties":false};

function validate2473(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!((key0 === "name") || (key0 === "rules"))){
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
if(data.rules !== undefined){
let data1 = data.rules;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err3 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err4 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate2473.errors = vErrors;
return errors === 0;
}


function validate2472(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "route")){
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
if(data.route !== undefined){
if(!(validate2473(data.route, {instancePath:instancePath+"/route",parentData:data,parentDataProperty:"route",rootData}))){
vErrors = vErrors === null ? validate2473.errors : vErrors.concat(validate2473.errors);
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
validate2472.errors = vErrors;
return errors === 0;
}

const schema972 = {"properties":{"virtualNodeGroup":{"$ref":"#/definitions/o37"},"virtualService":{"$ref":"#/definitions/o38"}},"type":"object","additionalProperties":false};
const schema973 = {"properties":{"canaryVirtualNodeRef":{"$ref":"#/definitions/o36"},"stableVirtualNodeRef":{"$ref":"#/definitions/o36"}},"required":["canaryVirtualNodeRef","stableVirtualNodeRef"],"type":"object","additionalProperties":false};
const schema974 = {"properties":{"name":{"type":"string"}},"required":["name"],"type":"object","additionalProperties":false};

function validate2478(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(key0 === "name")){
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
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2478.errors = vErrors;
return errors === 0;
}


function validate2477(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.canaryVirtualNodeRef === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "canaryVirtualNodeRef"},message:"must have required property '"+"canaryVirtualNodeRef"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.stableVirtualNodeRef === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stableVirtualNodeRef"},message:"must have required property '"+"stableVirtualNodeRef"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "canaryVirtualNodeRef") || (key0 === "stableVirtualNodeRef"))){
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
if(data.canaryVirtualNodeRef !== undefined){
if(!(validate2478(data.canaryVirtualNodeRef, {instancePath:instancePath+"/canaryVirtualNodeRef",parentData:data,parentDataProperty:"canaryVirtualNodeRef",rootData}))){
vErrors = vErrors === null ? validate2478.errors : vErrors.concat(validate2478.errors);
errors = vErrors.length;
}
}
if(data.stableVirtualNodeRef !== undefined){
if(!(validate2478(data.stableVirtualNodeRef, {instancePath:instancePath+"/stableVirtualNodeRef",parentData:data,parentDataProperty:"stableVirtualNodeRef",rootData}))){
vErrors = vErrors === null ? validate2478.errors : vErrors.concat(validate2478.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2477.errors = vErrors;
return errors === 0;
}

const schema975 = {"properties":{"name":{"type":"string"},"routes":{"items":{"type":"string"},"type":"array"}},"required":["name"],"type":"object","additionalProperties":false};

function validate2482(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!((key0 === "name") || (key0 === "routes"))){
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
if(data.routes !== undefined){
let data1 = data.routes;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err3 = {instancePath:instancePath+"/routes/" + i0,schemaPath:"#/properties/routes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err4 = {instancePath:instancePath+"/routes",schemaPath:"#/properties/routes/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate2482.errors = vErrors;
return errors === 0;
}


function validate2476(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "virtualNodeGroup") || (key0 === "virtualService"))){
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
if(data.virtualNodeGroup !== undefined){
if(!(validate2477(data.virtualNodeGroup, {instancePath:instancePath+"/virtualNodeGroup",parentData:data,parentDataProperty:"virtualNodeGroup",rootData}))){
vErrors = vErrors === null ? validate2477.errors : vErrors.concat(validate2477.errors);
errors = vErrors.length;
}
}
if(data.virtualService !== undefined){
if(!(validate2482(data.virtualService, {instancePath:instancePath+"/virtualService",parentData:data,parentDataProperty:"virtualService",rootData}))){
vErrors = vErrors === null ? validate2482.errors : vErrors.concat(validate2482.errors);
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
validate2476.errors = vErrors;
return errors === 0;
}

const schema976 = {"properties":{"destinationRule":{"$ref":"#/definitions/o40"},"virtualService":{"$ref":"#/definitions/o43"},"virtualServices":{"items":{"$ref":"#/definitions/o43"},"type":"array"}},"type":"object","additionalProperties":false};
const schema977 = {"properties":{"additionalSubsetNames":{"items":{"type":"string"},"type":"array"},"canarySubsetName":{"type":"string"},"name":{"type":"string"},"stableSubsetName":{"type":"string"}},"required":["canarySubsetName","name","stableSubsetName"],"type":"object","additionalProperties":false};

function validate2486(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.canarySubsetName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "canarySubsetName"},message:"must have required property '"+"canarySubsetName"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.stableSubsetName === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stableSubsetName"},message:"must have required property '"+"stableSubsetName"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "additionalSubsetNames") || (key0 === "canarySubsetName")) || (key0 === "name")) || (key0 === "stableSubsetName"))){
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
if(data.additionalSubsetNames !== undefined){
let data0 = data.additionalSubsetNames;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err4 = {instancePath:instancePath+"/additionalSubsetNames/" + i0,schemaPath:"#/properties/additionalSubsetNames/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/additionalSubsetNames",schemaPath:"#/properties/additionalSubsetNames/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.canarySubsetName !== undefined){
if(typeof data.canarySubsetName !== "string"){
const err6 = {instancePath:instancePath+"/canarySubsetName",schemaPath:"#/properties/canarySubsetName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
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
if(data.stableSubsetName !== undefined){
if(typeof data.stableSubsetName !== "string"){
const err8 = {instancePath:instancePath+"/stableSubsetName",schemaPath:"#/properties/stableSubsetName/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate2486.errors = vErrors;
return errors === 0;
}

const schema978 = {"properties":{"name":{"type":"string"},"routes":{"items":{"type":"string"},"type":"array"},"tcpRoutes":{"items":{"$ref":"#/definitions/o41"},"type":"array"},"tlsRoutes":{"items":{"$ref":"#/definitions/o42"},"type":"array"}},"required":["name"],"type":"object","additionalProperties":false};
const schema979 = {"properties":{"port":{"format":"int64","type":"integer"}},"type":"object","additionalProperties":false};

function validate2489(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "port")){
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
if(data.port !== undefined){
let data0 = data.port;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
validate2489.errors = vErrors;
return errors === 0;
}

const schema980 = {"properties":{"port":{"format":"int64","type":"integer"},"sniHosts":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false};

function validate2491(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "port") || (key0 === "sniHosts"))){
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
if(data.port !== undefined){
let data0 = data.port;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.sniHosts !== undefined){
let data1 = data.sniHosts;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err2 = {instancePath:instancePath+"/sniHosts/" + i0,schemaPath:"#/properties/sniHosts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath:instancePath+"/sniHosts",schemaPath:"#/properties/sniHosts/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate2491.errors = vErrors;
return errors === 0;
}


function validate2488(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!((((key0 === "name") || (key0 === "routes")) || (key0 === "tcpRoutes")) || (key0 === "tlsRoutes"))){
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
if(data.routes !== undefined){
let data1 = data.routes;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err3 = {instancePath:instancePath+"/routes/" + i0,schemaPath:"#/properties/routes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err4 = {instancePath:instancePath+"/routes",schemaPath:"#/properties/routes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.tcpRoutes !== undefined){
let data3 = data.tcpRoutes;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate2489(data3[i1], {instancePath:instancePath+"/tcpRoutes/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate2489.errors : vErrors.concat(validate2489.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/tcpRoutes",schemaPath:"#/properties/tcpRoutes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.tlsRoutes !== undefined){
let data5 = data.tlsRoutes;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
if(!(validate2491(data5[i2], {instancePath:instancePath+"/tlsRoutes/" + i2,parentData:data5,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate2491.errors : vErrors.concat(validate2491.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/tlsRoutes",schemaPath:"#/properties/tlsRoutes/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate2488.errors = vErrors;
return errors === 0;
}


function validate2485(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "destinationRule") || (key0 === "virtualService")) || (key0 === "virtualServices"))){
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
if(data.destinationRule !== undefined){
if(!(validate2486(data.destinationRule, {instancePath:instancePath+"/destinationRule",parentData:data,parentDataProperty:"destinationRule",rootData}))){
vErrors = vErrors === null ? validate2486.errors : vErrors.concat(validate2486.errors);
errors = vErrors.length;
}
}
if(data.virtualService !== undefined){
if(!(validate2488(data.virtualService, {instancePath:instancePath+"/virtualService",parentData:data,parentDataProperty:"virtualService",rootData}))){
vErrors = vErrors === null ? validate2488.errors : vErrors.concat(validate2488.errors);
errors = vErrors.length;
}
}
if(data.virtualServices !== undefined){
let data2 = data.virtualServices;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2488(data2[i0], {instancePath:instancePath+"/virtualServices/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2488.errors : vErrors.concat(validate2488.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/virtualServices",schemaPath:"#/properties/virtualServices/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate2485.errors = vErrors;
return errors === 0;
}

const schema981 = {"properties":{"additionalIngressAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"annotationPrefix":{"type":"string"},"canaryIngressAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"stableIngress":{"type":"string"},"stableIngresses":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false};

function validate2497(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "additionalIngressAnnotations") || (key0 === "annotationPrefix")) || (key0 === "canaryIngressAnnotations")) || (key0 === "stableIngress")) || (key0 === "stableIngresses"))){
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
if(data.additionalIngressAnnotations !== undefined){
let data0 = data.additionalIngressAnnotations;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(typeof data0[key1] !== "string"){
const err1 = {instancePath:instancePath+"/additionalIngressAnnotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/additionalIngressAnnotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err2 = {instancePath:instancePath+"/additionalIngressAnnotations",schemaPath:"#/properties/additionalIngressAnnotations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.annotationPrefix !== undefined){
if(typeof data.annotationPrefix !== "string"){
const err3 = {instancePath:instancePath+"/annotationPrefix",schemaPath:"#/properties/annotationPrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.canaryIngressAnnotations !== undefined){
let data3 = data.canaryIngressAnnotations;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key2 in data3){
if(typeof data3[key2] !== "string"){
const err4 = {instancePath:instancePath+"/canaryIngressAnnotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/canaryIngressAnnotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/canaryIngressAnnotations",schemaPath:"#/properties/canaryIngressAnnotations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.stableIngress !== undefined){
if(typeof data.stableIngress !== "string"){
const err6 = {instancePath:instancePath+"/stableIngress",schemaPath:"#/properties/stableIngress/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.stableIngresses !== undefined){
let data6 = data.stableIngresses;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(typeof data6[i0] !== "string"){
const err7 = {instancePath:instancePath+"/stableIngresses/" + i0,schemaPath:"#/properties/stableIngresses/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err8 = {instancePath:instancePath+"/stableIngresses",schemaPath:"#/properties/stableIngresses/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate2497.errors = vErrors;
return errors === 0;
}

const schema982 = {"properties":{"rootService":{"type":"string"},"trafficSplitName":{"type":"string"}},"type":"object","additionalProperties":false};

function validate2499(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "rootService") || (key0 === "trafficSplitName"))){
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
if(data.rootService !== undefined){
if(typeof data.rootService !== "string"){
const err1 = {instancePath:instancePath+"/rootService",schemaPath:"#/properties/rootService/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.trafficSplitName !== undefined){
if(typeof data.trafficSplitName !== "string"){
const err2 = {instancePath:instancePath+"/trafficSplitName",schemaPath:"#/properties/trafficSplitName/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2499.errors = vErrors;
return errors === 0;
}

const schema983 = {"properties":{"weightedTraefikServiceName":{"type":"string"}},"required":["weightedTraefikServiceName"],"type":"object","additionalProperties":false};

function validate2501(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.weightedTraefikServiceName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weightedTraefikServiceName"},message:"must have required property '"+"weightedTraefikServiceName"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "weightedTraefikServiceName")){
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
if(data.weightedTraefikServiceName !== undefined){
if(typeof data.weightedTraefikServiceName !== "string"){
const err2 = {instancePath:instancePath+"/weightedTraefikServiceName",schemaPath:"#/properties/weightedTraefikServiceName/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2501.errors = vErrors;
return errors === 0;
}


function validate2465(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema966.properties, key0))){
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
if(data.alb !== undefined){
if(!(validate2466(data.alb, {instancePath:instancePath+"/alb",parentData:data,parentDataProperty:"alb",rootData}))){
vErrors = vErrors === null ? validate2466.errors : vErrors.concat(validate2466.errors);
errors = vErrors.length;
}
}
if(data.ambassador !== undefined){
if(!(validate2470(data.ambassador, {instancePath:instancePath+"/ambassador",parentData:data,parentDataProperty:"ambassador",rootData}))){
vErrors = vErrors === null ? validate2470.errors : vErrors.concat(validate2470.errors);
errors = vErrors.length;
}
}
if(data.apisix !== undefined){
if(!(validate2472(data.apisix, {instancePath:instancePath+"/apisix",parentData:data,parentDataProperty:"apisix",rootData}))){
vErrors = vErrors === null ? validate2472.errors : vErrors.concat(validate2472.errors);
errors = vErrors.length;
}
}
if(data.appMesh !== undefined){
if(!(validate2476(data.appMesh, {instancePath:instancePath+"/appMesh",parentData:data,parentDataProperty:"appMesh",rootData}))){
vErrors = vErrors === null ? validate2476.errors : vErrors.concat(validate2476.errors);
errors = vErrors.length;
}
}
if(data.istio !== undefined){
if(!(validate2485(data.istio, {instancePath:instancePath+"/istio",parentData:data,parentDataProperty:"istio",rootData}))){
vErrors = vErrors === null ? validate2485.errors : vErrors.concat(validate2485.errors);
errors = vErrors.length;
}
}
if(data.managedRoutes !== undefined){
let data5 = data.managedRoutes;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2478(data5[i0], {instancePath:instancePath+"/managedRoutes/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2478.errors : vErrors.concat(validate2478.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/managedRoutes",schemaPath:"#/properties/managedRoutes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.maxTrafficWeight !== undefined){
let data7 = data.maxTrafficWeight;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err2 = {instancePath:instancePath+"/maxTrafficWeight",schemaPath:"#/properties/maxTrafficWeight/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.nginx !== undefined){
if(!(validate2497(data.nginx, {instancePath:instancePath+"/nginx",parentData:data,parentDataProperty:"nginx",rootData}))){
vErrors = vErrors === null ? validate2497.errors : vErrors.concat(validate2497.errors);
errors = vErrors.length;
}
}
if(data.plugins !== undefined){
let data9 = data.plugins;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err3 = {instancePath:instancePath+"/plugins",schemaPath:"#/properties/plugins/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.smi !== undefined){
if(!(validate2499(data.smi, {instancePath:instancePath+"/smi",parentData:data,parentDataProperty:"smi",rootData}))){
vErrors = vErrors === null ? validate2499.errors : vErrors.concat(validate2499.errors);
errors = vErrors.length;
}
}
if(data.traefik !== undefined){
if(!(validate2501(data.traefik, {instancePath:instancePath+"/traefik",parentData:data,parentDataProperty:"traefik",rootData}))){
vErrors = vErrors === null ? validate2501.errors : vErrors.concat(validate2501.errors);
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
validate2465.errors = vErrors;
return errors === 0;
}


function validate2415(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema949.properties, key0))){
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
if(data.abortScaleDownDelaySeconds !== undefined){
let data0 = data.abortScaleDownDelaySeconds;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/abortScaleDownDelaySeconds",schemaPath:"#/properties/abortScaleDownDelaySeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.analysis !== undefined){
if(!(validate2416(data.analysis, {instancePath:instancePath+"/analysis",parentData:data,parentDataProperty:"analysis",rootData}))){
vErrors = vErrors === null ? validate2416.errors : vErrors.concat(validate2416.errors);
errors = vErrors.length;
}
}
if(data.antiAffinity !== undefined){
if(!(validate2393(data.antiAffinity, {instancePath:instancePath+"/antiAffinity",parentData:data,parentDataProperty:"antiAffinity",rootData}))){
vErrors = vErrors === null ? validate2393.errors : vErrors.concat(validate2393.errors);
errors = vErrors.length;
}
}
if(data.canaryMetadata !== undefined){
if(!(validate2391(data.canaryMetadata, {instancePath:instancePath+"/canaryMetadata",parentData:data,parentDataProperty:"canaryMetadata",rootData}))){
vErrors = vErrors === null ? validate2391.errors : vErrors.concat(validate2391.errors);
errors = vErrors.length;
}
}
if(data.canaryService !== undefined){
if(typeof data.canaryService !== "string"){
const err2 = {instancePath:instancePath+"/canaryService",schemaPath:"#/properties/canaryService/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.dynamicStableScale !== undefined){
if(typeof data.dynamicStableScale !== "boolean"){
const err3 = {instancePath:instancePath+"/dynamicStableScale",schemaPath:"#/properties/dynamicStableScale/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.maxSurge !== undefined){
let data6 = data.maxSurge;
const _errs12 = errors;
let valid1 = false;
const _errs13 = errors;
if(typeof data6 !== "string"){
const err4 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/properties/maxSurge/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs15 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err5 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/properties/maxSurge/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err6 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/properties/maxSurge/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.maxUnavailable !== undefined){
let data7 = data.maxUnavailable;
const _errs18 = errors;
let valid2 = false;
const _errs19 = errors;
if(typeof data7 !== "string"){
const err7 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/properties/maxUnavailable/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs21 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err8 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/properties/maxUnavailable/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err9 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/properties/maxUnavailable/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.minPodsPerReplicaSet !== undefined){
let data8 = data.minPodsPerReplicaSet;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err10 = {instancePath:instancePath+"/minPodsPerReplicaSet",schemaPath:"#/properties/minPodsPerReplicaSet/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.pingPong !== undefined){
if(!(validate2425(data.pingPong, {instancePath:instancePath+"/pingPong",parentData:data,parentDataProperty:"pingPong",rootData}))){
vErrors = vErrors === null ? validate2425.errors : vErrors.concat(validate2425.errors);
errors = vErrors.length;
}
}
if(data.replicaProgressThreshold !== undefined){
if(!(validate2427(data.replicaProgressThreshold, {instancePath:instancePath+"/replicaProgressThreshold",parentData:data,parentDataProperty:"replicaProgressThreshold",rootData}))){
vErrors = vErrors === null ? validate2427.errors : vErrors.concat(validate2427.errors);
errors = vErrors.length;
}
}
if(data.scaleDownDelayRevisionLimit !== undefined){
let data11 = data.scaleDownDelayRevisionLimit;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err11 = {instancePath:instancePath+"/scaleDownDelayRevisionLimit",schemaPath:"#/properties/scaleDownDelayRevisionLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.scaleDownDelaySeconds !== undefined){
let data12 = data.scaleDownDelaySeconds;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err12 = {instancePath:instancePath+"/scaleDownDelaySeconds",schemaPath:"#/properties/scaleDownDelaySeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.stableMetadata !== undefined){
if(!(validate2391(data.stableMetadata, {instancePath:instancePath+"/stableMetadata",parentData:data,parentDataProperty:"stableMetadata",rootData}))){
vErrors = vErrors === null ? validate2391.errors : vErrors.concat(validate2391.errors);
errors = vErrors.length;
}
}
if(data.stableService !== undefined){
if(typeof data.stableService !== "string"){
const err13 = {instancePath:instancePath+"/stableService",schemaPath:"#/properties/stableService/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.steps !== undefined){
let data15 = data.steps;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2430(data15[i0], {instancePath:instancePath+"/steps/" + i0,parentData:data15,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2430.errors : vErrors.concat(validate2430.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.trafficRouting !== undefined){
if(!(validate2465(data.trafficRouting, {instancePath:instancePath+"/trafficRouting",parentData:data,parentDataProperty:"trafficRouting",rootData}))){
vErrors = vErrors === null ? validate2465.errors : vErrors.concat(validate2465.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate2415.errors = vErrors;
return errors === 0;
}


function validate2389(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "blueGreen") || (key0 === "canary"))){
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
if(data.blueGreen !== undefined){
if(!(validate2390(data.blueGreen, {instancePath:instancePath+"/blueGreen",parentData:data,parentDataProperty:"blueGreen",rootData}))){
vErrors = vErrors === null ? validate2390.errors : vErrors.concat(validate2390.errors);
errors = vErrors.length;
}
}
if(data.canary !== undefined){
if(!(validate2415(data.canary, {instancePath:instancePath+"/canary",parentData:data,parentDataProperty:"canary",rootData}))){
vErrors = vErrors === null ? validate2415.errors : vErrors.concat(validate2415.errors);
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
validate2389.errors = vErrors;
return errors === 0;
}

const schema984 = {"properties":{"metadata":{"$ref":"#/definitions/o4"},"spec":{"$ref":"#/definitions/o101"}},"type":"object","additionalProperties":false};
const schema985 = {"properties":{"activeDeadlineSeconds":{"format":"int64","type":"integer"},"affinity":{"$ref":"#/definitions/o58"},"automountServiceAccountToken":{"type":"boolean"},"containers":{"items":{"$ref":"#/definitions/o89"},"type":"array"},"dnsConfig":{"$ref":"#/definitions/o91"},"dnsPolicy":{"type":"string"},"enableServiceLinks":{"type":"boolean"},"ephemeralContainers":{"items":{"$ref":"#/definitions/o92"},"type":"array"},"hostAliases":{"items":{"$ref":"#/definitions/o93"},"type":"array"},"hostIPC":{"type":"boolean"},"hostNetwork":{"type":"boolean"},"hostPID":{"type":"boolean"},"hostUsers":{"type":"boolean"},"hostname":{"type":"string"},"hostnameOverride":{"type":"string"},"imagePullSecrets":{"items":{"$ref":"#/definitions/o94"},"type":"array"},"initContainers":{"items":{"$ref":"#/definitions/o89"},"type":"array"},"nodeName":{"type":"string"},"nodeSelector":{"additionalProperties":{"type":"string"},"type":"object"},"os":{"$ref":"#/definitions/o36"},"overhead":{"additionalProperties":{"anyOf":[{"type":"string"},{"type":"integer"}]},"type":"object"},"preemptionPolicy":{"type":"string"},"priority":{"format":"int32","type":"integer"},"priorityClassName":{"type":"string"},"readinessGates":{"items":{"$ref":"#/definitions/o95"},"type":"array"},"resourceClaims":{"items":{"$ref":"#/definitions/o96"},"type":"array"},"resources":{"$ref":"#/definitions/o97"},"restartPolicy":{"type":"string"},"runtimeClassName":{"type":"string"},"schedulerName":{"type":"string"},"schedulingGates":{"items":{"$ref":"#/definitions/o36"},"type":"array"},"securityContext":{"$ref":"#/definitions/o98"},"serviceAccount":{"type":"string"},"serviceAccountName":{"type":"string"},"setHostnameAsFQDN":{"type":"boolean"},"shareProcessNamespace":{"type":"boolean"},"subdomain":{"type":"string"},"terminationGracePeriodSeconds":{"format":"int64","type":"integer"},"tolerations":{"items":{"$ref":"#/definitions/o99"},"type":"array"},"topologySpreadConstraints":{"items":{"$ref":"#/definitions/o100"},"type":"array"},"volumes":{}},"required":["containers"],"type":"object","additionalProperties":false};
const schema986 = {"properties":{"nodeAffinity":{"$ref":"#/definitions/o54"},"podAffinity":{"$ref":"#/definitions/o57"},"podAntiAffinity":{"$ref":"#/definitions/o57"}},"type":"object","additionalProperties":false};
const schema987 = {"properties":{"preferredDuringSchedulingIgnoredDuringExecution":{"items":{"$ref":"#/definitions/o52"},"type":"array"},"requiredDuringSchedulingIgnoredDuringExecution":{"$ref":"#/definitions/o53"}},"type":"object","additionalProperties":false};
const schema988 = {"properties":{"preference":{"$ref":"#/definitions/o51"},"weight":{"format":"int32","type":"integer"}},"required":["preference","weight"],"type":"object","additionalProperties":false};
const schema989 = {"properties":{"matchExpressions":{"items":{"$ref":"#/definitions/o2"},"type":"array"},"matchFields":{"items":{"$ref":"#/definitions/o2"},"type":"array"}},"type":"object","additionalProperties":false};

function validate2512(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "matchExpressions") || (key0 === "matchFields"))){
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
if(!(validate2386(data0[i0], {instancePath:instancePath+"/matchExpressions/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2386.errors : vErrors.concat(validate2386.errors);
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
if(data.matchFields !== undefined){
let data2 = data.matchFields;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate2386(data2[i1], {instancePath:instancePath+"/matchFields/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate2386.errors : vErrors.concat(validate2386.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/matchFields",schemaPath:"#/properties/matchFields/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2512.errors = vErrors;
return errors === 0;
}


function validate2511(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.preference === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "preference"},message:"must have required property '"+"preference"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.weight === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weight"},message:"must have required property '"+"weight"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "preference") || (key0 === "weight"))){
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
if(data.preference !== undefined){
if(!(validate2512(data.preference, {instancePath:instancePath+"/preference",parentData:data,parentDataProperty:"preference",rootData}))){
vErrors = vErrors === null ? validate2512.errors : vErrors.concat(validate2512.errors);
errors = vErrors.length;
}
}
if(data.weight !== undefined){
let data1 = data.weight;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err3 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
validate2511.errors = vErrors;
return errors === 0;
}

const schema990 = {"properties":{"nodeSelectorTerms":{"items":{"$ref":"#/definitions/o51"},"type":"array"}},"required":["nodeSelectorTerms"],"type":"object","additionalProperties":false};

function validate2517(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.nodeSelectorTerms === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nodeSelectorTerms"},message:"must have required property '"+"nodeSelectorTerms"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "nodeSelectorTerms")){
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
if(data.nodeSelectorTerms !== undefined){
let data0 = data.nodeSelectorTerms;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2512(data0[i0], {instancePath:instancePath+"/nodeSelectorTerms/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2512.errors : vErrors.concat(validate2512.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/nodeSelectorTerms",schemaPath:"#/properties/nodeSelectorTerms/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2517.errors = vErrors;
return errors === 0;
}


function validate2510(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "preferredDuringSchedulingIgnoredDuringExecution") || (key0 === "requiredDuringSchedulingIgnoredDuringExecution"))){
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
if(data.preferredDuringSchedulingIgnoredDuringExecution !== undefined){
let data0 = data.preferredDuringSchedulingIgnoredDuringExecution;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2511(data0[i0], {instancePath:instancePath+"/preferredDuringSchedulingIgnoredDuringExecution/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2511.errors : vErrors.concat(validate2511.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/preferredDuringSchedulingIgnoredDuringExecution",schemaPath:"#/properties/preferredDuringSchedulingIgnoredDuringExecution/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.requiredDuringSchedulingIgnoredDuringExecution !== undefined){
if(!(validate2517(data.requiredDuringSchedulingIgnoredDuringExecution, {instancePath:instancePath+"/requiredDuringSchedulingIgnoredDuringExecution",parentData:data,parentDataProperty:"requiredDuringSchedulingIgnoredDuringExecution",rootData}))){
vErrors = vErrors === null ? validate2517.errors : vErrors.concat(validate2517.errors);
errors = vErrors.length;
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
validate2510.errors = vErrors;
return errors === 0;
}

const schema991 = {"properties":{"preferredDuringSchedulingIgnoredDuringExecution":{"items":{"$ref":"#/definitions/o56"},"type":"array"},"requiredDuringSchedulingIgnoredDuringExecution":{"items":{"$ref":"#/definitions/o55"},"type":"array"}},"type":"object","additionalProperties":false};
const schema992 = {"properties":{"podAffinityTerm":{"$ref":"#/definitions/o55"},"weight":{"format":"int32","type":"integer"}},"required":["podAffinityTerm","weight"],"type":"object","additionalProperties":false};
const schema993 = {"properties":{"labelSelector":{"$ref":"#/definitions/o3"},"matchLabelKeys":{"items":{"type":"string"},"type":"array"},"mismatchLabelKeys":{"items":{"type":"string"},"type":"array"},"namespaceSelector":{"$ref":"#/definitions/o3"},"namespaces":{"items":{"type":"string"},"type":"array"},"topologyKey":{"type":"string"}},"required":["topologyKey"],"type":"object","additionalProperties":false};

function validate2523(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.topologyKey === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "topologyKey"},message:"must have required property '"+"topologyKey"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "labelSelector") || (key0 === "matchLabelKeys")) || (key0 === "mismatchLabelKeys")) || (key0 === "namespaceSelector")) || (key0 === "namespaces")) || (key0 === "topologyKey"))){
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
if(data.labelSelector !== undefined){
if(!(validate2385(data.labelSelector, {instancePath:instancePath+"/labelSelector",parentData:data,parentDataProperty:"labelSelector",rootData}))){
vErrors = vErrors === null ? validate2385.errors : vErrors.concat(validate2385.errors);
errors = vErrors.length;
}
}
if(data.matchLabelKeys !== undefined){
let data1 = data.matchLabelKeys;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err2 = {instancePath:instancePath+"/matchLabelKeys/" + i0,schemaPath:"#/properties/matchLabelKeys/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath:instancePath+"/matchLabelKeys",schemaPath:"#/properties/matchLabelKeys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.mismatchLabelKeys !== undefined){
let data3 = data.mismatchLabelKeys;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(typeof data3[i1] !== "string"){
const err4 = {instancePath:instancePath+"/mismatchLabelKeys/" + i1,schemaPath:"#/properties/mismatchLabelKeys/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/mismatchLabelKeys",schemaPath:"#/properties/mismatchLabelKeys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.namespaceSelector !== undefined){
if(!(validate2385(data.namespaceSelector, {instancePath:instancePath+"/namespaceSelector",parentData:data,parentDataProperty:"namespaceSelector",rootData}))){
vErrors = vErrors === null ? validate2385.errors : vErrors.concat(validate2385.errors);
errors = vErrors.length;
}
}
if(data.namespaces !== undefined){
let data6 = data.namespaces;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
if(typeof data6[i2] !== "string"){
const err6 = {instancePath:instancePath+"/namespaces/" + i2,schemaPath:"#/properties/namespaces/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err7 = {instancePath:instancePath+"/namespaces",schemaPath:"#/properties/namespaces/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.topologyKey !== undefined){
if(typeof data.topologyKey !== "string"){
const err8 = {instancePath:instancePath+"/topologyKey",schemaPath:"#/properties/topologyKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate2523.errors = vErrors;
return errors === 0;
}


function validate2522(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.podAffinityTerm === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "podAffinityTerm"},message:"must have required property '"+"podAffinityTerm"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.weight === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weight"},message:"must have required property '"+"weight"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "podAffinityTerm") || (key0 === "weight"))){
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
if(data.podAffinityTerm !== undefined){
if(!(validate2523(data.podAffinityTerm, {instancePath:instancePath+"/podAffinityTerm",parentData:data,parentDataProperty:"podAffinityTerm",rootData}))){
vErrors = vErrors === null ? validate2523.errors : vErrors.concat(validate2523.errors);
errors = vErrors.length;
}
}
if(data.weight !== undefined){
let data1 = data.weight;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err3 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
validate2522.errors = vErrors;
return errors === 0;
}


function validate2521(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "preferredDuringSchedulingIgnoredDuringExecution") || (key0 === "requiredDuringSchedulingIgnoredDuringExecution"))){
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
if(data.preferredDuringSchedulingIgnoredDuringExecution !== undefined){
let data0 = data.preferredDuringSchedulingIgnoredDuringExecution;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2522(data0[i0], {instancePath:instancePath+"/preferredDuringSchedulingIgnoredDuringExecution/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2522.errors : vErrors.concat(validate2522.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/preferredDuringSchedulingIgnoredDuringExecution",schemaPath:"#/properties/preferredDuringSchedulingIgnoredDuringExecution/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.requiredDuringSchedulingIgnoredDuringExecution !== undefined){
let data2 = data.requiredDuringSchedulingIgnoredDuringExecution;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate2523(data2[i1], {instancePath:instancePath+"/requiredDuringSchedulingIgnoredDuringExecution/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate2523.errors : vErrors.concat(validate2523.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/requiredDuringSchedulingIgnoredDuringExecution",schemaPath:"#/properties/requiredDuringSchedulingIgnoredDuringExecution/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2521.errors = vErrors;
return errors === 0;
}


function validate2509(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "nodeAffinity") || (key0 === "podAffinity")) || (key0 === "podAntiAffinity"))){
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
if(data.nodeAffinity !== undefined){
if(!(validate2510(data.nodeAffinity, {instancePath:instancePath+"/nodeAffinity",parentData:data,parentDataProperty:"nodeAffinity",rootData}))){
vErrors = vErrors === null ? validate2510.errors : vErrors.concat(validate2510.errors);
errors = vErrors.length;
}
}
if(data.podAffinity !== undefined){
if(!(validate2521(data.podAffinity, {instancePath:instancePath+"/podAffinity",parentData:data,parentDataProperty:"podAffinity",rootData}))){
vErrors = vErrors === null ? validate2521.errors : vErrors.concat(validate2521.errors);
errors = vErrors.length;
}
}
if(data.podAntiAffinity !== undefined){
if(!(validate2521(data.podAntiAffinity, {instancePath:instancePath+"/podAntiAffinity",parentData:data,parentDataProperty:"podAntiAffinity",rootData}))){
vErrors = vErrors === null ? validate2521.errors : vErrors.concat(validate2521.errors);
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
validate2509.errors = vErrors;
return errors === 0;
}

const schema994 = {"properties":{"args":{"items":{"type":"string"},"type":"array"},"command":{"items":{"type":"string"},"type":"array"},"env":{"items":{"$ref":"#/definitions/o64"},"type":"array"},"envFrom":{"items":{"$ref":"#/definitions/o66"},"type":"array"},"image":{"type":"string"},"imagePullPolicy":{"type":"string"},"lifecycle":{"$ref":"#/definitions/o73"},"livenessProbe":{"$ref":"#/definitions/o75"},"name":{"type":"string"},"ports":{"items":{"$ref":"#/definitions/o76"},"type":"array"},"readinessProbe":{"$ref":"#/definitions/o75"},"resizePolicy":{"items":{"$ref":"#/definitions/o77"},"type":"array"},"resources":{"$ref":"#/definitions/o79"},"restartPolicy":{"type":"string"},"restartPolicyRules":{"items":{"$ref":"#/definitions/o81"},"type":"array"},"securityContext":{"$ref":"#/definitions/o86"},"startupProbe":{"$ref":"#/definitions/o75"},"stdin":{"type":"boolean"},"stdinOnce":{"type":"boolean"},"terminationMessagePath":{"type":"string"},"terminationMessagePolicy":{"type":"string"},"tty":{"type":"boolean"},"volumeDevices":{"items":{"$ref":"#/definitions/o87"},"type":"array"},"volumeMounts":{"items":{"$ref":"#/definitions/o88"},"type":"array"},"workingDir":{"type":"string"}},"required":["name"],"type":"object","additionalProperties":false};
const schema995 = {"properties":{"name":{"type":"string"},"value":{"type":"string"},"valueFrom":{"$ref":"#/definitions/o63"}},"required":["name"],"type":"object","additionalProperties":false};
const schema996 = {"properties":{"configMapKeyRef":{"$ref":"#/definitions/o59"},"fieldRef":{"$ref":"#/definitions/o60"},"fileKeyRef":{"$ref":"#/definitions/o61"},"resourceFieldRef":{"$ref":"#/definitions/o62"},"secretKeyRef":{"$ref":"#/definitions/o59"}},"type":"object","additionalProperties":false};
const schema997 = {"properties":{"key":{"type":"string"},"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"required":["key"],"type":"object","additionalProperties":false};

function validate2535(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate2535.errors = vErrors;
return errors === 0;
}

const schema998 = {"properties":{"apiVersion":{"type":"string"},"fieldPath":{"type":"string"}},"required":["fieldPath"],"type":"object","additionalProperties":false};

function validate2537(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.fieldPath === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fieldPath"},message:"must have required property '"+"fieldPath"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "apiVersion") || (key0 === "fieldPath"))){
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
if(data.fieldPath !== undefined){
if(typeof data.fieldPath !== "string"){
const err3 = {instancePath:instancePath+"/fieldPath",schemaPath:"#/properties/fieldPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2537.errors = vErrors;
return errors === 0;
}

const schema999 = {"properties":{"key":{"type":"string"},"optional":{"default":false,"type":"boolean"},"path":{"type":"string"},"volumeName":{"type":"string"}},"required":["key","path","volumeName"],"type":"object","additionalProperties":false};

function validate2539(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.path === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.volumeName === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "volumeName"},message:"must have required property '"+"volumeName"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "key") || (key0 === "optional")) || (key0 === "path")) || (key0 === "volumeName"))){
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
if(data.key !== undefined){
if(typeof data.key !== "string"){
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
if(data.optional !== undefined){
if(typeof data.optional !== "boolean"){
const err5 = {instancePath:instancePath+"/optional",schemaPath:"#/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.volumeName !== undefined){
if(typeof data.volumeName !== "string"){
const err7 = {instancePath:instancePath+"/volumeName",schemaPath:"#/properties/volumeName/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2539.errors = vErrors;
return errors === 0;
}

const schema1000 = {"properties":{"containerName":{"type":"string"},"divisor":{"anyOf":[{"type":"string"},{"type":"integer"}]},"resource":{"type":"string"}},"required":["resource"],"type":"object","additionalProperties":false};

function validate2541(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resource === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resource"},message:"must have required property '"+"resource"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "containerName") || (key0 === "divisor")) || (key0 === "resource"))){
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
if(data.containerName !== undefined){
if(typeof data.containerName !== "string"){
const err2 = {instancePath:instancePath+"/containerName",schemaPath:"#/properties/containerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.divisor !== undefined){
let data1 = data.divisor;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/divisor",schemaPath:"#/properties/divisor/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs8 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err4 = {instancePath:instancePath+"/divisor",schemaPath:"#/properties/divisor/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err5 = {instancePath:instancePath+"/divisor",schemaPath:"#/properties/divisor/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.resource !== undefined){
if(typeof data.resource !== "string"){
const err6 = {instancePath:instancePath+"/resource",schemaPath:"#/properties/resource/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2541.errors = vErrors;
return errors === 0;
}


function validate2534(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "configMapKeyRef") || (key0 === "fieldRef")) || (key0 === "fileKeyRef")) || (key0 === "resourceFieldRef")) || (key0 === "secretKeyRef"))){
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
if(data.configMapKeyRef !== undefined){
if(!(validate2535(data.configMapKeyRef, {instancePath:instancePath+"/configMapKeyRef",parentData:data,parentDataProperty:"configMapKeyRef",rootData}))){
vErrors = vErrors === null ? validate2535.errors : vErrors.concat(validate2535.errors);
errors = vErrors.length;
}
}
if(data.fieldRef !== undefined){
if(!(validate2537(data.fieldRef, {instancePath:instancePath+"/fieldRef",parentData:data,parentDataProperty:"fieldRef",rootData}))){
vErrors = vErrors === null ? validate2537.errors : vErrors.concat(validate2537.errors);
errors = vErrors.length;
}
}
if(data.fileKeyRef !== undefined){
if(!(validate2539(data.fileKeyRef, {instancePath:instancePath+"/fileKeyRef",parentData:data,parentDataProperty:"fileKeyRef",rootData}))){
vErrors = vErrors === null ? validate2539.errors : vErrors.concat(validate2539.errors);
errors = vErrors.length;
}
}
if(data.resourceFieldRef !== undefined){
if(!(validate2541(data.resourceFieldRef, {instancePath:instancePath+"/resourceFieldRef",parentData:data,parentDataProperty:"resourceFieldRef",rootData}))){
vErrors = vErrors === null ? validate2541.errors : vErrors.concat(validate2541.errors);
errors = vErrors.length;
}
}
if(data.secretKeyRef !== undefined){
if(!(validate2535(data.secretKeyRef, {instancePath:instancePath+"/secretKeyRef",parentData:data,parentDataProperty:"secretKeyRef",rootData}))){
vErrors = vErrors === null ? validate2535.errors : vErrors.concat(validate2535.errors);
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
validate2534.errors = vErrors;
return errors === 0;
}


function validate2533(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(((key0 === "name") || (key0 === "value")) || (key0 === "valueFrom"))){
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
if(data.value !== undefined){
if(typeof data.value !== "string"){
const err3 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.valueFrom !== undefined){
if(!(validate2534(data.valueFrom, {instancePath:instancePath+"/valueFrom",parentData:data,parentDataProperty:"valueFrom",rootData}))){
vErrors = vErrors === null ? validate2534.errors : vErrors.concat(validate2534.errors);
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
validate2533.errors = vErrors;
return errors === 0;
}

const schema1001 = {"properties":{"configMapRef":{"$ref":"#/definitions/o65"},"prefix":{"type":"string"},"secretRef":{"$ref":"#/definitions/o65"}},"type":"object","additionalProperties":false};
const schema1002 = {"properties":{"name":{"default":"","type":"string"},"optional":{"type":"boolean"}},"type":"object","additionalProperties":false};

function validate2547(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "name") || (key0 === "optional"))){
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
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.optional !== undefined){
if(typeof data.optional !== "boolean"){
const err2 = {instancePath:instancePath+"/optional",schemaPath:"#/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2547.errors = vErrors;
return errors === 0;
}


function validate2546(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "configMapRef") || (key0 === "prefix")) || (key0 === "secretRef"))){
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
if(data.configMapRef !== undefined){
if(!(validate2547(data.configMapRef, {instancePath:instancePath+"/configMapRef",parentData:data,parentDataProperty:"configMapRef",rootData}))){
vErrors = vErrors === null ? validate2547.errors : vErrors.concat(validate2547.errors);
errors = vErrors.length;
}
}
if(data.prefix !== undefined){
if(typeof data.prefix !== "string"){
const err1 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.secretRef !== undefined){
if(!(validate2547(data.secretRef, {instancePath:instancePath+"/secretRef",parentData:data,parentDataProperty:"secretRef",rootData}))){
vErrors = vErrors === null ? validate2547.errors : vErrors.concat(validate2547.errors);
errors = vErrors.length;
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
validate2546.errors = vErrors;
return errors === 0;
}

const schema1003 = {"properties":{"postStart":{"$ref":"#/definitions/o72"},"preStop":{"$ref":"#/definitions/o72"},"stopSignal":{"type":"string"}},"type":"object","additionalProperties":false};
const schema1004 = {"properties":{"exec":{"$ref":"#/definitions/o67"},"httpGet":{"$ref":"#/definitions/o69"},"sleep":{"$ref":"#/definitions/o70"},"tcpSocket":{"$ref":"#/definitions/o71"}},"type":"object","additionalProperties":false};
const schema1005 = {"properties":{"command":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false};

function validate2553(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "command")){
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
if(data.command !== undefined){
let data0 = data.command;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err1 = {instancePath:instancePath+"/command/" + i0,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err2 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2553.errors = vErrors;
return errors === 0;
}

const schema1006 = {"properties":{"host":{"type":"string"},"httpHeaders":{"items":{"$ref":"#/definitions/o68"},"type":"array"},"path":{"type":"string"},"port":{"anyOf":[{"type":"string"},{"type":"integer"}]},"scheme":{"type":"string"}},"required":["port"],"type":"object","additionalProperties":false};
const schema1007 = {"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false};

function validate2556(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!((key0 === "name") || (key0 === "value"))){
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
if(data.value !== undefined){
if(typeof data.value !== "string"){
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2556.errors = vErrors;
return errors === 0;
}


function validate2555(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.port === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "host") || (key0 === "httpHeaders")) || (key0 === "path")) || (key0 === "port")) || (key0 === "scheme"))){
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
if(data.host !== undefined){
if(typeof data.host !== "string"){
const err2 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.httpHeaders !== undefined){
let data1 = data.httpHeaders;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2556(data1[i0], {instancePath:instancePath+"/httpHeaders/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2556.errors : vErrors.concat(validate2556.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/httpHeaders",schemaPath:"#/properties/httpHeaders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.port !== undefined){
let data4 = data.port;
const _errs10 = errors;
let valid3 = false;
const _errs11 = errors;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs13 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err6 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err7 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.scheme !== undefined){
if(typeof data.scheme !== "string"){
const err8 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate2555.errors = vErrors;
return errors === 0;
}

const schema1008 = {"properties":{"seconds":{"format":"int64","type":"integer"}},"required":["seconds"],"type":"object","additionalProperties":false};

function validate2559(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seconds === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "seconds"},message:"must have required property '"+"seconds"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "seconds")){
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
if(data.seconds !== undefined){
let data0 = data.seconds;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err2 = {instancePath:instancePath+"/seconds",schemaPath:"#/properties/seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2559.errors = vErrors;
return errors === 0;
}

const schema1009 = {"properties":{"host":{"type":"string"},"port":{"anyOf":[{"type":"string"},{"type":"integer"}]}},"required":["port"],"type":"object","additionalProperties":false};

function validate2561(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.port === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "host") || (key0 === "port"))){
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
if(data.host !== undefined){
if(typeof data.host !== "string"){
const err2 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.port !== undefined){
let data1 = data.port;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs8 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err4 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err5 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
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
validate2561.errors = vErrors;
return errors === 0;
}


function validate2552(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "exec") || (key0 === "httpGet")) || (key0 === "sleep")) || (key0 === "tcpSocket"))){
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
if(data.exec !== undefined){
if(!(validate2553(data.exec, {instancePath:instancePath+"/exec",parentData:data,parentDataProperty:"exec",rootData}))){
vErrors = vErrors === null ? validate2553.errors : vErrors.concat(validate2553.errors);
errors = vErrors.length;
}
}
if(data.httpGet !== undefined){
if(!(validate2555(data.httpGet, {instancePath:instancePath+"/httpGet",parentData:data,parentDataProperty:"httpGet",rootData}))){
vErrors = vErrors === null ? validate2555.errors : vErrors.concat(validate2555.errors);
errors = vErrors.length;
}
}
if(data.sleep !== undefined){
if(!(validate2559(data.sleep, {instancePath:instancePath+"/sleep",parentData:data,parentDataProperty:"sleep",rootData}))){
vErrors = vErrors === null ? validate2559.errors : vErrors.concat(validate2559.errors);
errors = vErrors.length;
}
}
if(data.tcpSocket !== undefined){
if(!(validate2561(data.tcpSocket, {instancePath:instancePath+"/tcpSocket",parentData:data,parentDataProperty:"tcpSocket",rootData}))){
vErrors = vErrors === null ? validate2561.errors : vErrors.concat(validate2561.errors);
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
validate2552.errors = vErrors;
return errors === 0;
}


function validate2551(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "postStart") || (key0 === "preStop")) || (key0 === "stopSignal"))){
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
if(data.postStart !== undefined){
if(!(validate2552(data.postStart, {instancePath:instancePath+"/postStart",parentData:data,parentDataProperty:"postStart",rootData}))){
vErrors = vErrors === null ? validate2552.errors : vErrors.concat(validate2552.errors);
errors = vErrors.length;
}
}
if(data.preStop !== undefined){
if(!(validate2552(data.preStop, {instancePath:instancePath+"/preStop",parentData:data,parentDataProperty:"preStop",rootData}))){
vErrors = vErrors === null ? validate2552.errors : vErrors.concat(validate2552.errors);
errors = vErrors.length;
}
}
if(data.stopSignal !== undefined){
if(typeof data.stopSignal !== "string"){
const err1 = {instancePath:instancePath+"/stopSignal",schemaPath:"#/properties/stopSignal/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2551.errors = vErrors;
return errors === 0;
}

const schema1010 = {"properties":{"exec":{"$ref":"#/definitions/o67"},"failureThreshold":{"format":"int32","type":"integer"},"grpc":{"$ref":"#/definitions/o74"},"httpGet":{"$ref":"#/definitions/o69"},"initialDelaySeconds":{"format":"int32","type":"integer"},"periodSeconds":{"format":"int32","type":"integer"},"successThreshold":{"format":"int32","type":"integer"},"tcpSocket":{"$ref":"#/definitions/o71"},"terminationGracePeriodSeconds":{"format":"int64","type":"integer"},"timeoutSeconds":{"format":"int32","type":"integer"}},"type":"object","additionalProperties":false};
const schema1011 = {"properties":{"port":{"format":"int32","type":"integer"},"service":{"default":"","type":"string"}},"required":["port"],"type":"object","additionalProperties":false};

function validate2568(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.port === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "port") || (key0 === "service"))){
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
if(data.port !== undefined){
let data0 = data.port;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err2 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.service !== undefined){
if(typeof data.service !== "string"){
const err3 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2568.errors = vErrors;
return errors === 0;
}


function validate2566(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema1010.properties, key0))){
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
if(data.exec !== undefined){
if(!(validate2553(data.exec, {instancePath:instancePath+"/exec",parentData:data,parentDataProperty:"exec",rootData}))){
vErrors = vErrors === null ? validate2553.errors : vErrors.concat(validate2553.errors);
errors = vErrors.length;
}
}
if(data.failureThreshold !== undefined){
let data1 = data.failureThreshold;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err1 = {instancePath:instancePath+"/failureThreshold",schemaPath:"#/properties/failureThreshold/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.grpc !== undefined){
if(!(validate2568(data.grpc, {instancePath:instancePath+"/grpc",parentData:data,parentDataProperty:"grpc",rootData}))){
vErrors = vErrors === null ? validate2568.errors : vErrors.concat(validate2568.errors);
errors = vErrors.length;
}
}
if(data.httpGet !== undefined){
if(!(validate2555(data.httpGet, {instancePath:instancePath+"/httpGet",parentData:data,parentDataProperty:"httpGet",rootData}))){
vErrors = vErrors === null ? validate2555.errors : vErrors.concat(validate2555.errors);
errors = vErrors.length;
}
}
if(data.initialDelaySeconds !== undefined){
let data4 = data.initialDelaySeconds;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err2 = {instancePath:instancePath+"/initialDelaySeconds",schemaPath:"#/properties/initialDelaySeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.periodSeconds !== undefined){
let data5 = data.periodSeconds;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err3 = {instancePath:instancePath+"/periodSeconds",schemaPath:"#/properties/periodSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.successThreshold !== undefined){
let data6 = data.successThreshold;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err4 = {instancePath:instancePath+"/successThreshold",schemaPath:"#/properties/successThreshold/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.tcpSocket !== undefined){
if(!(validate2561(data.tcpSocket, {instancePath:instancePath+"/tcpSocket",parentData:data,parentDataProperty:"tcpSocket",rootData}))){
vErrors = vErrors === null ? validate2561.errors : vErrors.concat(validate2561.errors);
errors = vErrors.length;
}
}
if(data.terminationGracePeriodSeconds !== undefined){
let data8 = data.terminationGracePeriodSeconds;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err5 = {instancePath:instancePath+"/terminationGracePeriodSeconds",schemaPath:"#/properties/terminationGracePeriodSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.timeoutSeconds !== undefined){
let data9 = data.timeoutSeconds;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err6 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
validate2566.errors = vErrors;
return errors === 0;
}

const schema1012 = {"properties":{"containerPort":{"format":"int32","type":"integer"},"hostIP":{"type":"string"},"hostPort":{"format":"int32","type":"integer"},"name":{"type":"string"},"protocol":{"default":"TCP","type":"string"}},"required":["containerPort"],"type":"object","additionalProperties":false};

function validate2573(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.containerPort === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "containerPort"},message:"must have required property '"+"containerPort"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "containerPort") || (key0 === "hostIP")) || (key0 === "hostPort")) || (key0 === "name")) || (key0 === "protocol"))){
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
if(data.containerPort !== undefined){
let data0 = data.containerPort;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err2 = {instancePath:instancePath+"/containerPort",schemaPath:"#/properties/containerPort/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.hostIP !== undefined){
if(typeof data.hostIP !== "string"){
const err3 = {instancePath:instancePath+"/hostIP",schemaPath:"#/properties/hostIP/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.hostPort !== undefined){
let data2 = data.hostPort;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err4 = {instancePath:instancePath+"/hostPort",schemaPath:"#/properties/hostPort/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
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
if(data.protocol !== undefined){
if(typeof data.protocol !== "string"){
const err6 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2573.errors = vErrors;
return errors === 0;
}

const schema1013 = {"properties":{"resourceName":{"type":"string"},"restartPolicy":{"type":"string"}},"required":["resourceName","restartPolicy"],"type":"object","additionalProperties":false};

function validate2576(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resourceName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resourceName"},message:"must have required property '"+"resourceName"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.restartPolicy === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "restartPolicy"},message:"must have required property '"+"restartPolicy"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "resourceName") || (key0 === "restartPolicy"))){
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
if(data.resourceName !== undefined){
if(typeof data.resourceName !== "string"){
const err3 = {instancePath:instancePath+"/resourceName",schemaPath:"#/properties/resourceName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.restartPolicy !== undefined){
if(typeof data.restartPolicy !== "string"){
const err4 = {instancePath:instancePath+"/restartPolicy",schemaPath:"#/properties/restartPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2576.errors = vErrors;
return errors === 0;
}

const schema1014 = {"properties":{"claims":{"items":{"$ref":"#/definitions/o78"},"type":"array"},"limits":{},"requests":{}},"type":"object","additionalProperties":false};
const schema1015 = {"properties":{"name":{"type":"string"},"request":{"type":"string"}},"required":["name"],"type":"object","additionalProperties":false};

function validate2579(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!((key0 === "name") || (key0 === "request"))){
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
if(data.request !== undefined){
if(typeof data.request !== "string"){
const err3 = {instancePath:instancePath+"/request",schemaPath:"#/properties/request/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2579.errors = vErrors;
return errors === 0;
}


function validate2578(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "claims") || (key0 === "limits")) || (key0 === "requests"))){
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
if(data.claims !== undefined){
let data0 = data.claims;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2579(data0[i0], {instancePath:instancePath+"/claims/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2579.errors : vErrors.concat(validate2579.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/claims",schemaPath:"#/properties/claims/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate2578.errors = vErrors;
return errors === 0;
}

const schema1016 = {"properties":{"action":{"type":"string"},"exitCodes":{"$ref":"#/definitions/o80"}},"required":["action"],"type":"object","additionalProperties":false};
const schema1017 = {"properties":{"operator":{"type":"string"},"values":{"items":{"format":"int32","type":"integer"},"type":"array"}},"required":["operator"],"type":"object","additionalProperties":false};

function validate2583(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.operator === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "operator"},message:"must have required property '"+"operator"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "operator") || (key0 === "values"))){
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
if(data.operator !== undefined){
if(typeof data.operator !== "string"){
const err2 = {instancePath:instancePath+"/operator",schemaPath:"#/properties/operator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.values !== undefined){
let data1 = data.values;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err3 = {instancePath:instancePath+"/values/" + i0,schemaPath:"#/properties/values/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err4 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate2583.errors = vErrors;
return errors === 0;
}


function validate2582(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.action === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "action") || (key0 === "exitCodes"))){
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
if(data.action !== undefined){
if(typeof data.action !== "string"){
const err2 = {instancePath:instancePath+"/action",schemaPath:"#/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.exitCodes !== undefined){
if(!(validate2583(data.exitCodes, {instancePath:instancePath+"/exitCodes",parentData:data,parentDataProperty:"exitCodes",rootData}))){
vErrors = vErrors === null ? validate2583.errors : vErrors.concat(validate2583.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2582.errors = vErrors;
return errors === 0;
}

const schema1018 = {"properties":{"allowPrivilegeEscalation":{"type":"boolean"},"appArmorProfile":{"$ref":"#/definitions/o82"},"capabilities":{"$ref":"#/definitions/o83"},"privileged":{"type":"boolean"},"procMount":{"type":"string"},"readOnlyRootFilesystem":{"type":"boolean"},"runAsGroup":{"format":"int64","type":"integer"},"runAsNonRoot":{"type":"boolean"},"runAsUser":{"format":"int64","type":"integer"},"seLinuxOptions":{"$ref":"#/definitions/o84"},"seccompProfile":{"$ref":"#/definitions/o82"},"windowsOptions":{"$ref":"#/definitions/o85"}},"type":"object","additionalProperties":false};
const schema1019 = {"properties":{"localhostProfile":{"type":"string"},"type":{"type":"string"}},"required":["type"],"type":"object","additionalProperties":false};

function validate2587(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!((key0 === "localhostProfile") || (key0 === "type"))){
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
if(data.localhostProfile !== undefined){
if(typeof data.localhostProfile !== "string"){
const err2 = {instancePath:instancePath+"/localhostProfile",schemaPath:"#/properties/localhostProfile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2587.errors = vErrors;
return errors === 0;
}

const schema1020 = {"properties":{"add":{"items":{"type":"string"},"type":"array"},"drop":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false};

function validate2589(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "add") || (key0 === "drop"))){
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
if(data.add !== undefined){
let data0 = data.add;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err1 = {instancePath:instancePath+"/add/" + i0,schemaPath:"#/properties/add/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err2 = {instancePath:instancePath+"/add",schemaPath:"#/properties/add/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.drop !== undefined){
let data2 = data.drop;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(typeof data2[i1] !== "string"){
const err3 = {instancePath:instancePath+"/drop/" + i1,schemaPath:"#/properties/drop/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err4 = {instancePath:instancePath+"/drop",schemaPath:"#/properties/drop/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate2589.errors = vErrors;
return errors === 0;
}

const schema1021 = {"properties":{"level":{"type":"string"},"role":{"type":"string"},"type":{"type":"string"},"user":{"type":"string"}},"type":"object","additionalProperties":false};

function validate2591(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "level") || (key0 === "role")) || (key0 === "type")) || (key0 === "user"))){
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
if(data.level !== undefined){
if(typeof data.level !== "string"){
const err1 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.role !== undefined){
if(typeof data.role !== "string"){
const err2 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.user !== undefined){
if(typeof data.user !== "string"){
const err4 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2591.errors = vErrors;
return errors === 0;
}

const schema1022 = {"properties":{"gmsaCredentialSpec":{"type":"string"},"gmsaCredentialSpecName":{"type":"string"},"hostProcess":{"type":"boolean"},"runAsUserName":{"type":"string"}},"type":"object","additionalProperties":false};

function validate2594(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "gmsaCredentialSpec") || (key0 === "gmsaCredentialSpecName")) || (key0 === "hostProcess")) || (key0 === "runAsUserName"))){
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
if(data.gmsaCredentialSpec !== undefined){
if(typeof data.gmsaCredentialSpec !== "string"){
const err1 = {instancePath:instancePath+"/gmsaCredentialSpec",schemaPath:"#/properties/gmsaCredentialSpec/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.gmsaCredentialSpecName !== undefined){
if(typeof data.gmsaCredentialSpecName !== "string"){
const err2 = {instancePath:instancePath+"/gmsaCredentialSpecName",schemaPath:"#/properties/gmsaCredentialSpecName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.hostProcess !== undefined){
if(typeof data.hostProcess !== "boolean"){
const err3 = {instancePath:instancePath+"/hostProcess",schemaPath:"#/properties/hostProcess/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.runAsUserName !== undefined){
if(typeof data.runAsUserName !== "string"){
const err4 = {instancePath:instancePath+"/runAsUserName",schemaPath:"#/properties/runAsUserName/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2594.errors = vErrors;
return errors === 0;
}


function validate2586(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema1018.properties, key0))){
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
if(data.allowPrivilegeEscalation !== undefined){
if(typeof data.allowPrivilegeEscalation !== "boolean"){
const err1 = {instancePath:instancePath+"/allowPrivilegeEscalation",schemaPath:"#/properties/allowPrivilegeEscalation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.appArmorProfile !== undefined){
if(!(validate2587(data.appArmorProfile, {instancePath:instancePath+"/appArmorProfile",parentData:data,parentDataProperty:"appArmorProfile",rootData}))){
vErrors = vErrors === null ? validate2587.errors : vErrors.concat(validate2587.errors);
errors = vErrors.length;
}
}
if(data.capabilities !== undefined){
if(!(validate2589(data.capabilities, {instancePath:instancePath+"/capabilities",parentData:data,parentDataProperty:"capabilities",rootData}))){
vErrors = vErrors === null ? validate2589.errors : vErrors.concat(validate2589.errors);
errors = vErrors.length;
}
}
if(data.privileged !== undefined){
if(typeof data.privileged !== "boolean"){
const err2 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.procMount !== undefined){
if(typeof data.procMount !== "string"){
const err3 = {instancePath:instancePath+"/procMount",schemaPath:"#/properties/procMount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.readOnlyRootFilesystem !== undefined){
if(typeof data.readOnlyRootFilesystem !== "boolean"){
const err4 = {instancePath:instancePath+"/readOnlyRootFilesystem",schemaPath:"#/properties/readOnlyRootFilesystem/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.runAsGroup !== undefined){
let data6 = data.runAsGroup;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err5 = {instancePath:instancePath+"/runAsGroup",schemaPath:"#/properties/runAsGroup/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.runAsNonRoot !== undefined){
if(typeof data.runAsNonRoot !== "boolean"){
const err6 = {instancePath:instancePath+"/runAsNonRoot",schemaPath:"#/properties/runAsNonRoot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.runAsUser !== undefined){
let data8 = data.runAsUser;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err7 = {instancePath:instancePath+"/runAsUser",schemaPath:"#/properties/runAsUser/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.seLinuxOptions !== undefined){
if(!(validate2591(data.seLinuxOptions, {instancePath:instancePath+"/seLinuxOptions",parentData:data,parentDataProperty:"seLinuxOptions",rootData}))){
vErrors = vErrors === null ? validate2591.errors : vErrors.concat(validate2591.errors);
errors = vErrors.length;
}
}
if(data.seccompProfile !== undefined){
if(!(validate2587(data.seccompProfile, {instancePath:instancePath+"/seccompProfile",parentData:data,parentDataProperty:"seccompProfile",rootData}))){
vErrors = vErrors === null ? validate2587.errors : vErrors.concat(validate2587.errors);
errors = vErrors.length;
}
}
if(data.windowsOptions !== undefined){
if(!(validate2594(data.windowsOptions, {instancePath:instancePath+"/windowsOptions",parentData:data,parentDataProperty:"windowsOptions",rootData}))){
vErrors = vErrors === null ? validate2594.errors : vErrors.concat(validate2594.errors);
errors = vErrors.length;
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
validate2586.errors = vErrors;
return errors === 0;
}

const schema1023 = {"properties":{"devicePath":{"type":"string"},"name":{"type":"string"}},"required":["devicePath","name"],"type":"object","additionalProperties":false};

function validate2598(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.devicePath === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "devicePath"},message:"must have required property '"+"devicePath"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "devicePath") || (key0 === "name"))){
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
if(data.devicePath !== undefined){
if(typeof data.devicePath !== "string"){
const err3 = {instancePath:instancePath+"/devicePath",schemaPath:"#/properties/devicePath/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(typeof data.name !== "string"){
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
validate2598.errors = vErrors;
return errors === 0;
}

const schema1024 = {"properties":{"mountPath":{"type":"string"},"mountPropagation":{"type":"string"},"name":{"type":"string"},"readOnly":{"type":"boolean"},"recursiveReadOnly":{"type":"string"},"subPath":{"type":"string"},"subPathExpr":{"type":"string"}},"required":["mountPath","name"],"type":"object","additionalProperties":false};

function validate2600(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mountPath === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mountPath"},message:"must have required property '"+"mountPath"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "mountPath") || (key0 === "mountPropagation")) || (key0 === "name")) || (key0 === "readOnly")) || (key0 === "recursiveReadOnly")) || (key0 === "subPath")) || (key0 === "subPathExpr"))){
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
if(data.mountPath !== undefined){
if(typeof data.mountPath !== "string"){
const err3 = {instancePath:instancePath+"/mountPath",schemaPath:"#/properties/mountPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.mountPropagation !== undefined){
if(typeof data.mountPropagation !== "string"){
const err4 = {instancePath:instancePath+"/mountPropagation",schemaPath:"#/properties/mountPropagation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
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
if(data.readOnly !== undefined){
if(typeof data.readOnly !== "boolean"){
const err6 = {instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.recursiveReadOnly !== undefined){
if(typeof data.recursiveReadOnly !== "string"){
const err7 = {instancePath:instancePath+"/recursiveReadOnly",schemaPath:"#/properties/recursiveReadOnly/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.subPath !== undefined){
if(typeof data.subPath !== "string"){
const err8 = {instancePath:instancePath+"/subPath",schemaPath:"#/properties/subPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.subPathExpr !== undefined){
if(typeof data.subPathExpr !== "string"){
const err9 = {instancePath:instancePath+"/subPathExpr",schemaPath:"#/properties/subPathExpr/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2600.errors = vErrors;
return errors === 0;
}


function validate2532(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(func2.call(schema994.properties, key0))){
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
if(data.args !== undefined){
let data0 = data.args;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err2 = {instancePath:instancePath+"/args/" + i0,schemaPath:"#/properties/args/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.command !== undefined){
let data2 = data.command;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(typeof data2[i1] !== "string"){
const err4 = {instancePath:instancePath+"/command/" + i1,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.env !== undefined){
let data4 = data.env;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(!(validate2533(data4[i2], {instancePath:instancePath+"/env/" + i2,parentData:data4,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate2533.errors : vErrors.concat(validate2533.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.envFrom !== undefined){
let data6 = data.envFrom;
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
if(!(validate2546(data6[i3], {instancePath:instancePath+"/envFrom/" + i3,parentData:data6,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate2546.errors : vErrors.concat(validate2546.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/envFrom",schemaPath:"#/properties/envFrom/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.image !== undefined){
if(typeof data.image !== "string"){
const err8 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.imagePullPolicy !== undefined){
if(typeof data.imagePullPolicy !== "string"){
const err9 = {instancePath:instancePath+"/imagePullPolicy",schemaPath:"#/properties/imagePullPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.lifecycle !== undefined){
if(!(validate2551(data.lifecycle, {instancePath:instancePath+"/lifecycle",parentData:data,parentDataProperty:"lifecycle",rootData}))){
vErrors = vErrors === null ? validate2551.errors : vErrors.concat(validate2551.errors);
errors = vErrors.length;
}
}
if(data.livenessProbe !== undefined){
if(!(validate2566(data.livenessProbe, {instancePath:instancePath+"/livenessProbe",parentData:data,parentDataProperty:"livenessProbe",rootData}))){
vErrors = vErrors === null ? validate2566.errors : vErrors.concat(validate2566.errors);
errors = vErrors.length;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.ports !== undefined){
let data13 = data.ports;
if(Array.isArray(data13)){
const len4 = data13.length;
for(let i4=0; i4<len4; i4++){
if(!(validate2573(data13[i4], {instancePath:instancePath+"/ports/" + i4,parentData:data13,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate2573.errors : vErrors.concat(validate2573.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.readinessProbe !== undefined){
if(!(validate2566(data.readinessProbe, {instancePath:instancePath+"/readinessProbe",parentData:data,parentDataProperty:"readinessProbe",rootData}))){
vErrors = vErrors === null ? validate2566.errors : vErrors.concat(validate2566.errors);
errors = vErrors.length;
}
}
if(data.resizePolicy !== undefined){
let data16 = data.resizePolicy;
if(Array.isArray(data16)){
const len5 = data16.length;
for(let i5=0; i5<len5; i5++){
if(!(validate2576(data16[i5], {instancePath:instancePath+"/resizePolicy/" + i5,parentData:data16,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate2576.errors : vErrors.concat(validate2576.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/resizePolicy",schemaPath:"#/properties/resizePolicy/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.resources !== undefined){
if(!(validate2578(data.resources, {instancePath:instancePath+"/resources",parentData:data,parentDataProperty:"resources",rootData}))){
vErrors = vErrors === null ? validate2578.errors : vErrors.concat(validate2578.errors);
errors = vErrors.length;
}
}
if(data.restartPolicy !== undefined){
if(typeof data.restartPolicy !== "string"){
const err13 = {instancePath:instancePath+"/restartPolicy",schemaPath:"#/properties/restartPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.restartPolicyRules !== undefined){
let data20 = data.restartPolicyRules;
if(Array.isArray(data20)){
const len6 = data20.length;
for(let i6=0; i6<len6; i6++){
if(!(validate2582(data20[i6], {instancePath:instancePath+"/restartPolicyRules/" + i6,parentData:data20,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate2582.errors : vErrors.concat(validate2582.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/restartPolicyRules",schemaPath:"#/properties/restartPolicyRules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.securityContext !== undefined){
if(!(validate2586(data.securityContext, {instancePath:instancePath+"/securityContext",parentData:data,parentDataProperty:"securityContext",rootData}))){
vErrors = vErrors === null ? validate2586.errors : vErrors.concat(validate2586.errors);
errors = vErrors.length;
}
}
if(data.startupProbe !== undefined){
if(!(validate2566(data.startupProbe, {instancePath:instancePath+"/startupProbe",parentData:data,parentDataProperty:"startupProbe",rootData}))){
vErrors = vErrors === null ? validate2566.errors : vErrors.concat(validate2566.errors);
errors = vErrors.length;
}
}
if(data.stdin !== undefined){
if(typeof data.stdin !== "boolean"){
const err15 = {instancePath:instancePath+"/stdin",schemaPath:"#/properties/stdin/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.stdinOnce !== undefined){
if(typeof data.stdinOnce !== "boolean"){
const err16 = {instancePath:instancePath+"/stdinOnce",schemaPath:"#/properties/stdinOnce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.terminationMessagePath !== undefined){
if(typeof data.terminationMessagePath !== "string"){
const err17 = {instancePath:instancePath+"/terminationMessagePath",schemaPath:"#/properties/terminationMessagePath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.terminationMessagePolicy !== undefined){
if(typeof data.terminationMessagePolicy !== "string"){
const err18 = {instancePath:instancePath+"/terminationMessagePolicy",schemaPath:"#/properties/terminationMessagePolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.tty !== undefined){
if(typeof data.tty !== "boolean"){
const err19 = {instancePath:instancePath+"/tty",schemaPath:"#/properties/tty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.volumeDevices !== undefined){
let data29 = data.volumeDevices;
if(Array.isArray(data29)){
const len7 = data29.length;
for(let i7=0; i7<len7; i7++){
if(!(validate2598(data29[i7], {instancePath:instancePath+"/volumeDevices/" + i7,parentData:data29,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate2598.errors : vErrors.concat(validate2598.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/volumeDevices",schemaPath:"#/properties/volumeDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.volumeMounts !== undefined){
let data31 = data.volumeMounts;
if(Array.isArray(data31)){
const len8 = data31.length;
for(let i8=0; i8<len8; i8++){
if(!(validate2600(data31[i8], {instancePath:instancePath+"/volumeMounts/" + i8,parentData:data31,parentDataProperty:i8,rootData}))){
vErrors = vErrors === null ? validate2600.errors : vErrors.concat(validate2600.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/volumeMounts",schemaPath:"#/properties/volumeMounts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.workingDir !== undefined){
if(typeof data.workingDir !== "string"){
const err22 = {instancePath:instancePath+"/workingDir",schemaPath:"#/properties/workingDir/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2532.errors = vErrors;
return errors === 0;
}

const schema1025 = {"properties":{"nameservers":{"items":{"type":"string"},"type":"array"},"options":{"items":{"$ref":"#/definitions/o90"},"type":"array"},"searches":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false};
const schema1026 = {"properties":{"name":{"type":"string"},"value":{"type":"string"}},"type":"object","additionalProperties":false};

function validate2604(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "name") || (key0 === "value"))){
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
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.value !== undefined){
if(typeof data.value !== "string"){
const err2 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2604.errors = vErrors;
return errors === 0;
}


function validate2603(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "nameservers") || (key0 === "options")) || (key0 === "searches"))){
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
if(data.nameservers !== undefined){
let data0 = data.nameservers;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err1 = {instancePath:instancePath+"/nameservers/" + i0,schemaPath:"#/properties/nameservers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err2 = {instancePath:instancePath+"/nameservers",schemaPath:"#/properties/nameservers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.options !== undefined){
let data2 = data.options;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate2604(data2[i1], {instancePath:instancePath+"/options/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate2604.errors : vErrors.concat(validate2604.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.searches !== undefined){
let data4 = data.searches;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(typeof data4[i2] !== "string"){
const err4 = {instancePath:instancePath+"/searches/" + i2,schemaPath:"#/properties/searches/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/searches",schemaPath:"#/properties/searches/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate2603.errors = vErrors;
return errors === 0;
}

const schema1027 = {"properties":{"args":{"items":{"type":"string"},"type":"array"},"command":{"items":{"type":"string"},"type":"array"},"env":{"items":{"$ref":"#/definitions/o64"},"type":"array"},"envFrom":{"items":{"$ref":"#/definitions/o66"},"type":"array"},"image":{"type":"string"},"imagePullPolicy":{"type":"string"},"lifecycle":{"$ref":"#/definitions/o73"},"livenessProbe":{"$ref":"#/definitions/o75"},"name":{"type":"string"},"ports":{"items":{"$ref":"#/definitions/o76"},"type":"array"},"readinessProbe":{"$ref":"#/definitions/o75"},"resizePolicy":{"items":{"$ref":"#/definitions/o77"},"type":"array"},"resources":{"$ref":"#/definitions/o79"},"restartPolicy":{"type":"string"},"restartPolicyRules":{"items":{"$ref":"#/definitions/o81"},"type":"array"},"securityContext":{"$ref":"#/definitions/o86"},"startupProbe":{"$ref":"#/definitions/o75"},"stdin":{"type":"boolean"},"stdinOnce":{"type":"boolean"},"targetContainerName":{"type":"string"},"terminationMessagePath":{"type":"string"},"terminationMessagePolicy":{"type":"string"},"tty":{"type":"boolean"},"volumeDevices":{"items":{"$ref":"#/definitions/o87"},"type":"array"},"volumeMounts":{"items":{"$ref":"#/definitions/o88"},"type":"array"},"workingDir":{"type":"string"}},"required":["name"],"type":"object","additionalProperties":false};

function validate2607(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(func2.call(schema1027.properties, key0))){
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
if(data.args !== undefined){
let data0 = data.args;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err2 = {instancePath:instancePath+"/args/" + i0,schemaPath:"#/properties/args/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.command !== undefined){
let data2 = data.command;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(typeof data2[i1] !== "string"){
const err4 = {instancePath:instancePath+"/command/" + i1,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.env !== undefined){
let data4 = data.env;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(!(validate2533(data4[i2], {instancePath:instancePath+"/env/" + i2,parentData:data4,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate2533.errors : vErrors.concat(validate2533.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.envFrom !== undefined){
let data6 = data.envFrom;
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
if(!(validate2546(data6[i3], {instancePath:instancePath+"/envFrom/" + i3,parentData:data6,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate2546.errors : vErrors.concat(validate2546.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/envFrom",schemaPath:"#/properties/envFrom/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.image !== undefined){
if(typeof data.image !== "string"){
const err8 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.imagePullPolicy !== undefined){
if(typeof data.imagePullPolicy !== "string"){
const err9 = {instancePath:instancePath+"/imagePullPolicy",schemaPath:"#/properties/imagePullPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.lifecycle !== undefined){
if(!(validate2551(data.lifecycle, {instancePath:instancePath+"/lifecycle",parentData:data,parentDataProperty:"lifecycle",rootData}))){
vErrors = vErrors === null ? validate2551.errors : vErrors.concat(validate2551.errors);
errors = vErrors.length;
}
}
if(data.livenessProbe !== undefined){
if(!(validate2566(data.livenessProbe, {instancePath:instancePath+"/livenessProbe",parentData:data,parentDataProperty:"livenessProbe",rootData}))){
vErrors = vErrors === null ? validate2566.errors : vErrors.concat(validate2566.errors);
errors = vErrors.length;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.ports !== undefined){
let data13 = data.ports;
if(Array.isArray(data13)){
const len4 = data13.length;
for(let i4=0; i4<len4; i4++){
if(!(validate2573(data13[i4], {instancePath:instancePath+"/ports/" + i4,parentData:data13,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate2573.errors : vErrors.concat(validate2573.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.readinessProbe !== undefined){
if(!(validate2566(data.readinessProbe, {instancePath:instancePath+"/readinessProbe",parentData:data,parentDataProperty:"readinessProbe",rootData}))){
vErrors = vErrors === null ? validate2566.errors : vErrors.concat(validate2566.errors);
errors = vErrors.length;
}
}
if(data.resizePolicy !== undefined){
let data16 = data.resizePolicy;
if(Array.isArray(data16)){
const len5 = data16.length;
for(let i5=0; i5<len5; i5++){
if(!(validate2576(data16[i5], {instancePath:instancePath+"/resizePolicy/" + i5,parentData:data16,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate2576.errors : vErrors.concat(validate2576.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/resizePolicy",schemaPath:"#/properties/resizePolicy/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.resources !== undefined){
if(!(validate2578(data.resources, {instancePath:instancePath+"/resources",parentData:data,parentDataProperty:"resources",rootData}))){
vErrors = vErrors === null ? validate2578.errors : vErrors.concat(validate2578.errors);
errors = vErrors.length;
}
}
if(data.restartPolicy !== undefined){
if(typeof data.restartPolicy !== "string"){
const err13 = {instancePath:instancePath+"/restartPolicy",schemaPath:"#/properties/restartPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.restartPolicyRules !== undefined){
let data20 = data.restartPolicyRules;
if(Array.isArray(data20)){
const len6 = data20.length;
for(let i6=0; i6<len6; i6++){
if(!(validate2582(data20[i6], {instancePath:instancePath+"/restartPolicyRules/" + i6,parentData:data20,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate2582.errors : vErrors.concat(validate2582.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/restartPolicyRules",schemaPath:"#/properties/restartPolicyRules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.securityContext !== undefined){
if(!(validate2586(data.securityContext, {instancePath:instancePath+"/securityContext",parentData:data,parentDataProperty:"securityContext",rootData}))){
vErrors = vErrors === null ? validate2586.errors : vErrors.concat(validate2586.errors);
errors = vErrors.length;
}
}
if(data.startupProbe !== undefined){
if(!(validate2566(data.startupProbe, {instancePath:instancePath+"/startupProbe",parentData:data,parentDataProperty:"startupProbe",rootData}))){
vErrors = vErrors === null ? validate2566.errors : vErrors.concat(validate2566.errors);
errors = vErrors.length;
}
}
if(data.stdin !== undefined){
if(typeof data.stdin !== "boolean"){
const err15 = {instancePath:instancePath+"/stdin",schemaPath:"#/properties/stdin/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.stdinOnce !== undefined){
if(typeof data.stdinOnce !== "boolean"){
const err16 = {instancePath:instancePath+"/stdinOnce",schemaPath:"#/properties/stdinOnce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.targetContainerName !== undefined){
if(typeof data.targetContainerName !== "string"){
const err17 = {instancePath:instancePath+"/targetContainerName",schemaPath:"#/properties/targetContainerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.terminationMessagePath !== undefined){
if(typeof data.terminationMessagePath !== "string"){
const err18 = {instancePath:instancePath+"/terminationMessagePath",schemaPath:"#/properties/terminationMessagePath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.terminationMessagePolicy !== undefined){
if(typeof data.terminationMessagePolicy !== "string"){
const err19 = {instancePath:instancePath+"/terminationMessagePolicy",schemaPath:"#/properties/terminationMessagePolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.tty !== undefined){
if(typeof data.tty !== "boolean"){
const err20 = {instancePath:instancePath+"/tty",schemaPath:"#/properties/tty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.volumeDevices !== undefined){
let data30 = data.volumeDevices;
if(Array.isArray(data30)){
const len7 = data30.length;
for(let i7=0; i7<len7; i7++){
if(!(validate2598(data30[i7], {instancePath:instancePath+"/volumeDevices/" + i7,parentData:data30,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate2598.errors : vErrors.concat(validate2598.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/volumeDevices",schemaPath:"#/properties/volumeDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.volumeMounts !== undefined){
let data32 = data.volumeMounts;
if(Array.isArray(data32)){
const len8 = data32.length;
for(let i8=0; i8<len8; i8++){
if(!(validate2600(data32[i8], {instancePath:instancePath+"/volumeMounts/" + i8,parentData:data32,parentDataProperty:i8,rootData}))){
vErrors = vErrors === null ? validate2600.errors : vErrors.concat(validate2600.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/volumeMounts",schemaPath:"#/properties/volumeMounts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.workingDir !== undefined){
if(typeof data.workingDir !== "string"){
const err23 = {instancePath:instancePath+"/workingDir",schemaPath:"#/properties/workingDir/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2607.errors = vErrors;
return errors === 0;
}

const schema1028 = {"properties":{"hostnames":{"items":{"type":"string"},"type":"array"},"ip":{"type":"string"}},"required":["ip"],"type":"object","additionalProperties":false};

function validate2622(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ip === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ip"},message:"must have required property '"+"ip"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "hostnames") || (key0 === "ip"))){
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
if(data.hostnames !== undefined){
let data0 = data.hostnames;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err2 = {instancePath:instancePath+"/hostnames/" + i0,schemaPath:"#/properties/hostnames/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath:instancePath+"/hostnames",schemaPath:"#/properties/hostnames/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.ip !== undefined){
if(typeof data.ip !== "string"){
const err4 = {instancePath:instancePath+"/ip",schemaPath:"#/properties/ip/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2622.errors = vErrors;
return errors === 0;
}

const schema1029 = {"properties":{"name":{"default":"","type":"string"}},"type":"object","additionalProperties":false};

function validate2624(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "name")){
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
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2624.errors = vErrors;
return errors === 0;
}

const schema1030 = {"properties":{"conditionType":{"type":"string"}},"required":["conditionType"],"type":"object","additionalProperties":false};

function validate2628(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.conditionType === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conditionType"},message:"must have required property '"+"conditionType"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "conditionType")){
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
if(data.conditionType !== undefined){
if(typeof data.conditionType !== "string"){
const err2 = {instancePath:instancePath+"/conditionType",schemaPath:"#/properties/conditionType/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate2628.errors = vErrors;
return errors === 0;
}

const schema1031 = {"properties":{"name":{"type":"string"},"resourceClaimName":{"type":"string"},"resourceClaimTemplateName":{"type":"string"}},"required":["name"],"type":"object","additionalProperties":false};

function validate2630(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(((key0 === "name") || (key0 === "resourceClaimName")) || (key0 === "resourceClaimTemplateName"))){
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
if(data.resourceClaimName !== undefined){
if(typeof data.resourceClaimName !== "string"){
const err3 = {instancePath:instancePath+"/resourceClaimName",schemaPath:"#/properties/resourceClaimName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.resourceClaimTemplateName !== undefined){
if(typeof data.resourceClaimTemplateName !== "string"){
const err4 = {instancePath:instancePath+"/resourceClaimTemplateName",schemaPath:"#/properties/resourceClaimTemplateName/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2630.errors = vErrors;
return errors === 0;
}

const schema1032 = {"properties":{"claims":{"items":{"$ref":"#/definitions/o78"},"type":"array"},"limits":{"additionalProperties":{"anyOf":[{"type":"string"},{"type":"integer"}]},"type":"object"},"requests":{"additionalProperties":{"anyOf":[{"type":"string"},{"type":"integer"}]},"type":"object"}},"type":"object","additionalProperties":false};

function validate2632(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "claims") || (key0 === "limits")) || (key0 === "requests"))){
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
if(data.claims !== undefined){
let data0 = data.claims;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2579(data0[i0], {instancePath:instancePath+"/claims/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2579.errors : vErrors.concat(validate2579.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/claims",schemaPath:"#/properties/claims/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.limits !== undefined){
let data2 = data.limits;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
const _errs9 = errors;
let valid4 = false;
const _errs10 = errors;
if(typeof data3 !== "string"){
const err2 = {instancePath:instancePath+"/limits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/limits/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs12 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err3 = {instancePath:instancePath+"/limits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/limits/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
const err4 = {instancePath:instancePath+"/limits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/limits/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.requests !== undefined){
let data4 = data.requests;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
let data5 = data4[key2];
const _errs18 = errors;
let valid6 = false;
const _errs19 = errors;
if(typeof data5 !== "string"){
const err6 = {instancePath:instancePath+"/requests/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/requests/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs21 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err7 = {instancePath:instancePath+"/requests/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/requests/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid6 = valid6 || _valid1;
}
if(!valid6){
const err8 = {instancePath:instancePath+"/requests/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/requests/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/requests",schemaPath:"#/properties/requests/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
validate2632.errors = vErrors;
return errors === 0;
}

const schema1033 = {"properties":{"appArmorProfile":{"$ref":"#/definitions/o82"},"fsGroup":{"format":"int64","type":"integer"},"fsGroupChangePolicy":{"type":"string"},"runAsGroup":{"format":"int64","type":"integer"},"runAsNonRoot":{"type":"boolean"},"runAsUser":{"format":"int64","type":"integer"},"seLinuxChangePolicy":{"type":"string"},"seLinuxOptions":{"$ref":"#/definitions/o84"},"seccompProfile":{"$ref":"#/definitions/o82"},"supplementalGroups":{"items":{"format":"int64","type":"integer"},"type":"array"},"supplementalGroupsPolicy":{"type":"string"},"sysctls":{"items":{"$ref":"#/definitions/o68"},"type":"array"},"windowsOptions":{"$ref":"#/definitions/o85"}},"type":"object","additionalProperties":false};

function validate2636(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema1033.properties, key0))){
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
if(data.appArmorProfile !== undefined){
if(!(validate2587(data.appArmorProfile, {instancePath:instancePath+"/appArmorProfile",parentData:data,parentDataProperty:"appArmorProfile",rootData}))){
vErrors = vErrors === null ? validate2587.errors : vErrors.concat(validate2587.errors);
errors = vErrors.length;
}
}
if(data.fsGroup !== undefined){
let data1 = data.fsGroup;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err1 = {instancePath:instancePath+"/fsGroup",schemaPath:"#/properties/fsGroup/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.fsGroupChangePolicy !== undefined){
if(typeof data.fsGroupChangePolicy !== "string"){
const err2 = {instancePath:instancePath+"/fsGroupChangePolicy",schemaPath:"#/properties/fsGroupChangePolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.runAsGroup !== undefined){
let data3 = data.runAsGroup;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err3 = {instancePath:instancePath+"/runAsGroup",schemaPath:"#/properties/runAsGroup/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.runAsNonRoot !== undefined){
if(typeof data.runAsNonRoot !== "boolean"){
const err4 = {instancePath:instancePath+"/runAsNonRoot",schemaPath:"#/properties/runAsNonRoot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.runAsUser !== undefined){
let data5 = data.runAsUser;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err5 = {instancePath:instancePath+"/runAsUser",schemaPath:"#/properties/runAsUser/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.seLinuxChangePolicy !== undefined){
if(typeof data.seLinuxChangePolicy !== "string"){
const err6 = {instancePath:instancePath+"/seLinuxChangePolicy",schemaPath:"#/properties/seLinuxChangePolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.seLinuxOptions !== undefined){
if(!(validate2591(data.seLinuxOptions, {instancePath:instancePath+"/seLinuxOptions",parentData:data,parentDataProperty:"seLinuxOptions",rootData}))){
vErrors = vErrors === null ? validate2591.errors : vErrors.concat(validate2591.errors);
errors = vErrors.length;
}
}
if(data.seccompProfile !== undefined){
if(!(validate2587(data.seccompProfile, {instancePath:instancePath+"/seccompProfile",parentData:data,parentDataProperty:"seccompProfile",rootData}))){
vErrors = vErrors === null ? validate2587.errors : vErrors.concat(validate2587.errors);
errors = vErrors.length;
}
}
if(data.supplementalGroups !== undefined){
let data9 = data.supplementalGroups;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err7 = {instancePath:instancePath+"/supplementalGroups/" + i0,schemaPath:"#/properties/supplementalGroups/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err8 = {instancePath:instancePath+"/supplementalGroups",schemaPath:"#/properties/supplementalGroups/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.supplementalGroupsPolicy !== undefined){
if(typeof data.supplementalGroupsPolicy !== "string"){
const err9 = {instancePath:instancePath+"/supplementalGroupsPolicy",schemaPath:"#/properties/supplementalGroupsPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.sysctls !== undefined){
let data12 = data.sysctls;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(!(validate2556(data12[i1], {instancePath:instancePath+"/sysctls/" + i1,parentData:data12,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate2556.errors : vErrors.concat(validate2556.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/sysctls",schemaPath:"#/properties/sysctls/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.windowsOptions !== undefined){
if(!(validate2594(data.windowsOptions, {instancePath:instancePath+"/windowsOptions",parentData:data,parentDataProperty:"windowsOptions",rootData}))){
vErrors = vErrors === null ? validate2594.errors : vErrors.concat(validate2594.errors);
errors = vErrors.length;
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
validate2636.errors = vErrors;
return errors === 0;
}

const schema1034 = {"properties":{"effect":{"type":"string"},"key":{"type":"string"},"operator":{"type":"string"},"tolerationSeconds":{"format":"int64","type":"integer"},"value":{"type":"string"}},"type":"object","additionalProperties":false};

function validate2643(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "effect") || (key0 === "key")) || (key0 === "operator")) || (key0 === "tolerationSeconds")) || (key0 === "value"))){
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
if(data.effect !== undefined){
if(typeof data.effect !== "string"){
const err1 = {instancePath:instancePath+"/effect",schemaPath:"#/properties/effect/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(data.operator !== undefined){
if(typeof data.operator !== "string"){
const err3 = {instancePath:instancePath+"/operator",schemaPath:"#/properties/operator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.tolerationSeconds !== undefined){
let data3 = data.tolerationSeconds;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/tolerationSeconds",schemaPath:"#/properties/tolerationSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
validate2643.errors = vErrors;
return errors === 0;
}

const schema1035 = {"properties":{"labelSelector":{"$ref":"#/definitions/o3"},"matchLabelKeys":{"items":{"type":"string"},"type":"array"},"maxSkew":{"format":"int32","type":"integer"},"minDomains":{"format":"int32","type":"integer"},"nodeAffinityPolicy":{"type":"string"},"nodeTaintsPolicy":{"type":"string"},"topologyKey":{"type":"string"},"whenUnsatisfiable":{"type":"string"}},"required":["maxSkew","topologyKey","whenUnsatisfiable"],"type":"object","additionalProperties":false};

function validate2645(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.maxSkew === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "maxSkew"},message:"must have required property '"+"maxSkew"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.topologyKey === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "topologyKey"},message:"must have required property '"+"topologyKey"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.whenUnsatisfiable === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "whenUnsatisfiable"},message:"must have required property '"+"whenUnsatisfiable"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "labelSelector") || (key0 === "matchLabelKeys")) || (key0 === "maxSkew")) || (key0 === "minDomains")) || (key0 === "nodeAffinityPolicy")) || (key0 === "nodeTaintsPolicy")) || (key0 === "topologyKey")) || (key0 === "whenUnsatisfiable"))){
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
if(data.labelSelector !== undefined){
if(!(validate2385(data.labelSelector, {instancePath:instancePath+"/labelSelector",parentData:data,parentDataProperty:"labelSelector",rootData}))){
vErrors = vErrors === null ? validate2385.errors : vErrors.concat(validate2385.errors);
errors = vErrors.length;
}
}
if(data.matchLabelKeys !== undefined){
let data1 = data.matchLabelKeys;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err4 = {instancePath:instancePath+"/matchLabelKeys/" + i0,schemaPath:"#/properties/matchLabelKeys/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/matchLabelKeys",schemaPath:"#/properties/matchLabelKeys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.maxSkew !== undefined){
let data3 = data.maxSkew;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err6 = {instancePath:instancePath+"/maxSkew",schemaPath:"#/properties/maxSkew/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.minDomains !== undefined){
let data4 = data.minDomains;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err7 = {instancePath:instancePath+"/minDomains",schemaPath:"#/properties/minDomains/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.nodeAffinityPolicy !== undefined){
if(typeof data.nodeAffinityPolicy !== "string"){
const err8 = {instancePath:instancePath+"/nodeAffinityPolicy",schemaPath:"#/properties/nodeAffinityPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.nodeTaintsPolicy !== undefined){
if(typeof data.nodeTaintsPolicy !== "string"){
const err9 = {instancePath:instancePath+"/nodeTaintsPolicy",schemaPath:"#/properties/nodeTaintsPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.topologyKey !== undefined){
if(typeof data.topologyKey !== "string"){
const err10 = {instancePath:instancePath+"/topologyKey",schemaPath:"#/properties/topologyKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.whenUnsatisfiable !== undefined){
if(typeof data.whenUnsatisfiable !== "string"){
const err11 = {instancePath:instancePath+"/whenUnsatisfiable",schemaPath:"#/properties/whenUnsatisfiable/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2645.errors = vErrors;
return errors === 0;
}


function validate2508(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.containers === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "containers"},message:"must have required property '"+"containers"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema985.properties, key0))){
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
if(data.activeDeadlineSeconds !== undefined){
let data0 = data.activeDeadlineSeconds;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err2 = {instancePath:instancePath+"/activeDeadlineSeconds",schemaPath:"#/properties/activeDeadlineSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.affinity !== undefined){
if(!(validate2509(data.affinity, {instancePath:instancePath+"/affinity",parentData:data,parentDataProperty:"affinity",rootData}))){
vErrors = vErrors === null ? validate2509.errors : vErrors.concat(validate2509.errors);
errors = vErrors.length;
}
}
if(data.automountServiceAccountToken !== undefined){
if(typeof data.automountServiceAccountToken !== "boolean"){
const err3 = {instancePath:instancePath+"/automountServiceAccountToken",schemaPath:"#/properties/automountServiceAccountToken/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.containers !== undefined){
let data3 = data.containers;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2532(data3[i0], {instancePath:instancePath+"/containers/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2532.errors : vErrors.concat(validate2532.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/containers",schemaPath:"#/properties/containers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.dnsConfig !== undefined){
if(!(validate2603(data.dnsConfig, {instancePath:instancePath+"/dnsConfig",parentData:data,parentDataProperty:"dnsConfig",rootData}))){
vErrors = vErrors === null ? validate2603.errors : vErrors.concat(validate2603.errors);
errors = vErrors.length;
}
}
if(data.dnsPolicy !== undefined){
if(typeof data.dnsPolicy !== "string"){
const err5 = {instancePath:instancePath+"/dnsPolicy",schemaPath:"#/properties/dnsPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.enableServiceLinks !== undefined){
if(typeof data.enableServiceLinks !== "boolean"){
const err6 = {instancePath:instancePath+"/enableServiceLinks",schemaPath:"#/properties/enableServiceLinks/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.ephemeralContainers !== undefined){
let data8 = data.ephemeralContainers;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate2607(data8[i1], {instancePath:instancePath+"/ephemeralContainers/" + i1,parentData:data8,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate2607.errors : vErrors.concat(validate2607.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/ephemeralContainers",schemaPath:"#/properties/ephemeralContainers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.hostAliases !== undefined){
let data10 = data.hostAliases;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
if(!(validate2622(data10[i2], {instancePath:instancePath+"/hostAliases/" + i2,parentData:data10,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate2622.errors : vErrors.concat(validate2622.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/hostAliases",schemaPath:"#/properties/hostAliases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.hostIPC !== undefined){
if(typeof data.hostIPC !== "boolean"){
const err9 = {instancePath:instancePath+"/hostIPC",schemaPath:"#/properties/hostIPC/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.hostNetwork !== undefined){
if(typeof data.hostNetwork !== "boolean"){
const err10 = {instancePath:instancePath+"/hostNetwork",schemaPath:"#/properties/hostNetwork/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.hostPID !== undefined){
if(typeof data.hostPID !== "boolean"){
const err11 = {instancePath:instancePath+"/hostPID",schemaPath:"#/properties/hostPID/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.hostUsers !== undefined){
if(typeof data.hostUsers !== "boolean"){
const err12 = {instancePath:instancePath+"/hostUsers",schemaPath:"#/properties/hostUsers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.hostname !== undefined){
if(typeof data.hostname !== "string"){
const err13 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.hostnameOverride !== undefined){
if(typeof data.hostnameOverride !== "string"){
const err14 = {instancePath:instancePath+"/hostnameOverride",schemaPath:"#/properties/hostnameOverride/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.imagePullSecrets !== undefined){
let data18 = data.imagePullSecrets;
if(Array.isArray(data18)){
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
if(!(validate2624(data18[i3], {instancePath:instancePath+"/imagePullSecrets/" + i3,parentData:data18,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate2624.errors : vErrors.concat(validate2624.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/imagePullSecrets",schemaPath:"#/properties/imagePullSecrets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.initContainers !== undefined){
let data20 = data.initContainers;
if(Array.isArray(data20)){
const len4 = data20.length;
for(let i4=0; i4<len4; i4++){
if(!(validate2532(data20[i4], {instancePath:instancePath+"/initContainers/" + i4,parentData:data20,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate2532.errors : vErrors.concat(validate2532.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/initContainers",schemaPath:"#/properties/initContainers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.nodeName !== undefined){
if(typeof data.nodeName !== "string"){
const err17 = {instancePath:instancePath+"/nodeName",schemaPath:"#/properties/nodeName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.nodeSelector !== undefined){
let data23 = data.nodeSelector;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key1 in data23){
if(typeof data23[key1] !== "string"){
const err18 = {instancePath:instancePath+"/nodeSelector/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodeSelector/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err19 = {instancePath:instancePath+"/nodeSelector",schemaPath:"#/properties/nodeSelector/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.os !== undefined){
if(!(validate2478(data.os, {instancePath:instancePath+"/os",parentData:data,parentDataProperty:"os",rootData}))){
vErrors = vErrors === null ? validate2478.errors : vErrors.concat(validate2478.errors);
errors = vErrors.length;
}
}
if(data.overhead !== undefined){
let data26 = data.overhead;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key2 in data26){
let data27 = data26[key2];
const _errs51 = errors;
let valid13 = false;
const _errs52 = errors;
if(typeof data27 !== "string"){
const err20 = {instancePath:instancePath+"/overhead/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/overhead/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs52 === errors;
valid13 = valid13 || _valid0;
if(!valid13){
const _errs54 = errors;
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
const err21 = {instancePath:instancePath+"/overhead/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/overhead/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs54 === errors;
valid13 = valid13 || _valid0;
}
if(!valid13){
const err22 = {instancePath:instancePath+"/overhead/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/overhead/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err23 = {instancePath:instancePath+"/overhead",schemaPath:"#/properties/overhead/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.preemptionPolicy !== undefined){
if(typeof data.preemptionPolicy !== "string"){
const err24 = {instancePath:instancePath+"/preemptionPolicy",schemaPath:"#/properties/preemptionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.priority !== undefined){
let data29 = data.priority;
if(!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))){
const err25 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.priorityClassName !== undefined){
if(typeof data.priorityClassName !== "string"){
const err26 = {instancePath:instancePath+"/priorityClassName",schemaPath:"#/properties/priorityClassName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.readinessGates !== undefined){
let data31 = data.readinessGates;
if(Array.isArray(data31)){
const len5 = data31.length;
for(let i5=0; i5<len5; i5++){
if(!(validate2628(data31[i5], {instancePath:instancePath+"/readinessGates/" + i5,parentData:data31,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate2628.errors : vErrors.concat(validate2628.errors);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath:instancePath+"/readinessGates",schemaPath:"#/properties/readinessGates/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.resourceClaims !== undefined){
let data33 = data.resourceClaims;
if(Array.isArray(data33)){
const len6 = data33.length;
for(let i6=0; i6<len6; i6++){
if(!(validate2630(data33[i6], {instancePath:instancePath+"/resourceClaims/" + i6,parentData:data33,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate2630.errors : vErrors.concat(validate2630.errors);
errors = vErrors.length;
}
}
}
else {
const err28 = {instancePath:instancePath+"/resourceClaims",schemaPath:"#/properties/resourceClaims/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.resources !== undefined){
if(!(validate2632(data.resources, {instancePath:instancePath+"/resources",parentData:data,parentDataProperty:"resources",rootData}))){
vErrors = vErrors === null ? validate2632.errors : vErrors.concat(validate2632.errors);
errors = vErrors.length;
}
}
if(data.restartPolicy !== undefined){
if(typeof data.restartPolicy !== "string"){
const err29 = {instancePath:instancePath+"/restartPolicy",schemaPath:"#/properties/restartPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.runtimeClassName !== undefined){
if(typeof data.runtimeClassName !== "string"){
const err30 = {instancePath:instancePath+"/runtimeClassName",schemaPath:"#/properties/runtimeClassName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.schedulerName !== undefined){
if(typeof data.schedulerName !== "string"){
const err31 = {instancePath:instancePath+"/schedulerName",schemaPath:"#/properties/schedulerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.schedulingGates !== undefined){
let data39 = data.schedulingGates;
if(Array.isArray(data39)){
const len7 = data39.length;
for(let i7=0; i7<len7; i7++){
if(!(validate2478(data39[i7], {instancePath:instancePath+"/schedulingGates/" + i7,parentData:data39,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate2478.errors : vErrors.concat(validate2478.errors);
errors = vErrors.length;
}
}
}
else {
const err32 = {instancePath:instancePath+"/schedulingGates",schemaPath:"#/properties/schedulingGates/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.securityContext !== undefined){
if(!(validate2636(data.securityContext, {instancePath:instancePath+"/securityContext",parentData:data,parentDataProperty:"securityContext",rootData}))){
vErrors = vErrors === null ? validate2636.errors : vErrors.concat(validate2636.errors);
errors = vErrors.length;
}
}
if(data.serviceAccount !== undefined){
if(typeof data.serviceAccount !== "string"){
const err33 = {instancePath:instancePath+"/serviceAccount",schemaPath:"#/properties/serviceAccount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.serviceAccountName !== undefined){
if(typeof data.serviceAccountName !== "string"){
const err34 = {instancePath:instancePath+"/serviceAccountName",schemaPath:"#/properties/serviceAccountName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.setHostnameAsFQDN !== undefined){
if(typeof data.setHostnameAsFQDN !== "boolean"){
const err35 = {instancePath:instancePath+"/setHostnameAsFQDN",schemaPath:"#/properties/setHostnameAsFQDN/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.shareProcessNamespace !== undefined){
if(typeof data.shareProcessNamespace !== "boolean"){
const err36 = {instancePath:instancePath+"/shareProcessNamespace",schemaPath:"#/properties/shareProcessNamespace/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.subdomain !== undefined){
if(typeof data.subdomain !== "string"){
const err37 = {instancePath:instancePath+"/subdomain",schemaPath:"#/properties/subdomain/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.terminationGracePeriodSeconds !== undefined){
let data47 = data.terminationGracePeriodSeconds;
if(!((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47)))){
const err38 = {instancePath:instancePath+"/terminationGracePeriodSeconds",schemaPath:"#/properties/terminationGracePeriodSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.tolerations !== undefined){
let data48 = data.tolerations;
if(Array.isArray(data48)){
const len8 = data48.length;
for(let i8=0; i8<len8; i8++){
if(!(validate2643(data48[i8], {instancePath:instancePath+"/tolerations/" + i8,parentData:data48,parentDataProperty:i8,rootData}))){
vErrors = vErrors === null ? validate2643.errors : vErrors.concat(validate2643.errors);
errors = vErrors.length;
}
}
}
else {
const err39 = {instancePath:instancePath+"/tolerations",schemaPath:"#/properties/tolerations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.topologySpreadConstraints !== undefined){
let data50 = data.topologySpreadConstraints;
if(Array.isArray(data50)){
const len9 = data50.length;
for(let i9=0; i9<len9; i9++){
if(!(validate2645(data50[i9], {instancePath:instancePath+"/topologySpreadConstraints/" + i9,parentData:data50,parentDataProperty:i9,rootData}))){
vErrors = vErrors === null ? validate2645.errors : vErrors.concat(validate2645.errors);
errors = vErrors.length;
}
}
}
else {
const err40 = {instancePath:instancePath+"/topologySpreadConstraints",schemaPath:"#/properties/topologySpreadConstraints/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate2508.errors = vErrors;
return errors === 0;
}


function validate2506(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "metadata") || (key0 === "spec"))){
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
if(data.metadata !== undefined){
if(!(validate2391(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate2391.errors : vErrors.concat(validate2391.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
if(!(validate2508(data.spec, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData}))){
vErrors = vErrors === null ? validate2508.errors : vErrors.concat(validate2508.errors);
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
validate2506.errors = vErrors;
return errors === 0;
}

const schema1036 = {"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"},"scaleDown":{"type":"string"}},"type":"object","additionalProperties":false};

function validate2650(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "name")) || (key0 === "scaleDown"))){
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
if(data.scaleDown !== undefined){
if(typeof data.scaleDown !== "string"){
const err4 = {instancePath:instancePath+"/scaleDown",schemaPath:"#/properties/scaleDown/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate2650.errors = vErrors;
return errors === 0;
}


function validate2380(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema932.properties, key0))){
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
if(data.analysis !== undefined){
if(!(validate2381(data.analysis, {instancePath:instancePath+"/analysis",parentData:data,parentDataProperty:"analysis",rootData}))){
vErrors = vErrors === null ? validate2381.errors : vErrors.concat(validate2381.errors);
errors = vErrors.length;
}
}
if(data.minReadySeconds !== undefined){
let data1 = data.minReadySeconds;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err1 = {instancePath:instancePath+"/minReadySeconds",schemaPath:"#/properties/minReadySeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.paused !== undefined){
if(typeof data.paused !== "boolean"){
const err2 = {instancePath:instancePath+"/paused",schemaPath:"#/properties/paused/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.progressDeadlineAbort !== undefined){
if(typeof data.progressDeadlineAbort !== "boolean"){
const err3 = {instancePath:instancePath+"/progressDeadlineAbort",schemaPath:"#/properties/progressDeadlineAbort/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.progressDeadlineSeconds !== undefined){
let data4 = data.progressDeadlineSeconds;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err4 = {instancePath:instancePath+"/progressDeadlineSeconds",schemaPath:"#/properties/progressDeadlineSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.replicas !== undefined){
let data5 = data.replicas;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err5 = {instancePath:instancePath+"/replicas",schemaPath:"#/properties/replicas/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.restartAt !== undefined){
if(!(typeof data.restartAt === "string")){
const err6 = {instancePath:instancePath+"/restartAt",schemaPath:"#/properties/restartAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.revisionHistoryLimit !== undefined){
let data7 = data.revisionHistoryLimit;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err7 = {instancePath:instancePath+"/revisionHistoryLimit",schemaPath:"#/properties/revisionHistoryLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.rollbackWindow !== undefined){
if(!(validate2383(data.rollbackWindow, {instancePath:instancePath+"/rollbackWindow",parentData:data,parentDataProperty:"rollbackWindow",rootData}))){
vErrors = vErrors === null ? validate2383.errors : vErrors.concat(validate2383.errors);
errors = vErrors.length;
}
}
if(data.selector !== undefined){
if(!(validate2385(data.selector, {instancePath:instancePath+"/selector",parentData:data,parentDataProperty:"selector",rootData}))){
vErrors = vErrors === null ? validate2385.errors : vErrors.concat(validate2385.errors);
errors = vErrors.length;
}
}
if(data.strategy !== undefined){
if(!(validate2389(data.strategy, {instancePath:instancePath+"/strategy",parentData:data,parentDataProperty:"strategy",rootData}))){
vErrors = vErrors === null ? validate2389.errors : vErrors.concat(validate2389.errors);
errors = vErrors.length;
}
}
if(data.template !== undefined){
if(!(validate2506(data.template, {instancePath:instancePath+"/template",parentData:data,parentDataProperty:"template",rootData}))){
vErrors = vErrors === null ? validate2506.errors : vErrors.concat(validate2506.errors);
errors = vErrors.length;
}
}
if(data.workloadRef !== undefined){
if(!(validate2650(data.workloadRef, {instancePath:instancePath+"/workloadRef",parentData:data,parentDataProperty:"workloadRef",rootData}))){
vErrors = vErrors === null ? validate2650.errors : vErrors.concat(validate2650.errors);
errors = vErrors.length;
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
validate2380.errors = vErrors;
return errors === 0;
}


function validate2373(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate2374(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate2374.errors : vErrors.concat(validate2374.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
if(!(validate2380(data.spec, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData}))){
vErrors = vErrors === null ? validate2380.errors : vErrors.concat(validate2380.errors);
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
validate2373.errors = vErrors;
return errors === 0;
}
