/**
 * The cdk8s L1 (generated) Kubernetes types the constructs use, as one
 * namespace for the public API: a team writing a JSON patch on a workload
 * needs `k8s.Quantity.fromString` and `k8s.IntOrString.fromNumber` to keep
 * quantities and int-or-string ports intact, without a deep import.
 */
export { k8s } from 'cdk8s-plus-27';
