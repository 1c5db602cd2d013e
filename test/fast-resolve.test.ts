/**
 * The fast resolve (lib/output/fast-resolve.ts) gives exactly what cdk8s's
 * own resolve gives: over every object of every committed environment, and
 * for each kind of value the built-in resolvers replace. An App with
 * resolvers of its own still goes through cdk8s's resolve.
 */
import { ApiObject, ApiObjectMetadataDefinition, App, Chart, JsonPatch, Lazy, type IResolver, type ResolutionContext } from 'cdk8s';
import { loadEnvironments } from '../apps/load-environments';
import { CalypsoPlatform } from '../lib/constructs/calypso-platform';
import { k8s } from '../lib/constructs/kubernetes-types';
import { fastResolveApplies, withFastResolve } from '../lib/output/fast-resolve';
import { fastKubeJsonCoverage } from '../lib/output/fast-kube-json';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the module object whose entry point the fast resolve leaves alone
const resolveModule = require('cdk8s/lib/resolve') as { resolve: unknown };

const objectsOf = (app: App): ApiObject[] =>
  app.node.findAll().filter((construct): construct is ApiObject => construct instanceof ApiObject);

test('every object of every committed environment resolves as cdk8s resolves it, chart by chart', () => {
  const environments = loadEnvironments();
  expect(environments.length).toBeGreaterThanOrEqual(4);
  let compared = 0;
  for (const { spec } of environments) {
    const app = new App();
    new CalypsoPlatform(app, spec.name, { spec });
    // cdk8s's own first (Chart.toJson prepares the App), then the fast path over the same App.
    const cdk8s = app.charts.flatMap((chart) => chart.toJson());
    const fast = withFastResolve(() => app.charts.flatMap((chart) => chart.toJson()));
    // Byte for byte as JSON: the same objects, keys in the same order (YAML is written in key order); no key set to undefined either.
    expect(JSON.stringify(fast)).toBe(JSON.stringify(cdk8s));
    expect(fast).toStrictEqual(cdk8s);
    expect(fast).toHaveLength(objectsOf(app).length);
    compared += fast.length;
  }
  expect(compared).toBeGreaterThan(300);
});

test('Lazy values, implicit tokens, number-or-string unions and nesting of them resolve as cdk8s resolves them', () => {
  const app = new App();
  const chart = new Chart(app, 'chart');
  const token = { resolve: () => ({ fromToken: Lazy.any({ produce: () => [k8s.IntOrString.fromNumber(8080)] }) }) };
  new ApiObject(chart, 'object', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'object', annotations: { lazy: Lazy.any({ produce: () => 'produced' }) as unknown as string } },
    data: {
      lazy: Lazy.any({ produce: () => ({ nested: Lazy.any({ produce: () => 'deep' }), list: [1, 'two', null, undefined] }) }),
      token,
      port: k8s.IntOrString.fromString('http'),
      quantity: k8s.Quantity.fromString('512Mi'),
      plain: { b: 2, a: [true, false, { c: 3 }], empty: {}, none: [] },
      text: 'text',
      zero: 0,
    },
  });
  const cdk8s = chart.toJson();
  expect(withFastResolve(() => chart.toJson())).toEqual(cdk8s);
  expect(JSON.stringify(withFastResolve(() => chart.toJson()))).toBe(JSON.stringify(cdk8s));
  // A plain ApiObject: the unions stay `{ value }` (a generated Kube* class turns them into their value afterwards).
  expect(cdk8s[0].data).toEqual({
    lazy: { list: [1, 'two', undefined, undefined], nested: 'deep' },
    plain: { a: [true, false, { c: 3 }], b: 2, empty: {}, none: [] },
    port: { value: 'http' },
    quantity: { value: '512Mi' },
    text: 'text',
    token: { fromToken: [{ value: 8080 }] },
    zero: 0,
  });
  expect(cdk8s[0].metadata.annotations).toEqual({ lazy: 'produced' });
});

test('resolve and sanitize in one walk: empty values dropped as cdk8s drops them, patches applied, key order, unsorted when asked', () => {
  const app = new App();
  const chart = new Chart(app, 'chart');
  const object = new ApiObject(chart, 'object', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: 'object',
      annotations: {},
      finalizers: [],
      labels: { b: '2', a: Lazy.any({ produce: () => '1' }) as unknown as string },
    },
    data: { z: null, y: undefined, x: [], w: {}, v: [null, {}, [], Lazy.any({ produce: () => undefined })], u: { t: null } },
    binaryData: Lazy.any({ produce: () => ({ b: 'x', a: { value: 1 } }) }),
  });
  object.metadata.addAnnotation('later', 'added');
  object.addJsonPatch(JsonPatch.add('/data/patched', 'yes'), JsonPatch.remove('/data/x'));
  const cdk8s = JSON.stringify(chart.toJson());
  expect(JSON.stringify(withFastResolve(() => chart.toJson()))).toBe(cdk8s);
  // Metadata drops empty lists and maps; the object itself keeps them (and the plain `{ value }` map, which is no union).
  expect(JSON.parse(cdk8s)[0].metadata).toEqual({ name: 'object', annotations: { later: 'added' }, labels: { a: '1', b: '2' } });
  const previous = process.env.CDK8S_DISABLE_SORT;
  process.env.CDK8S_DISABLE_SORT = '1';
  try {
    const unsorted = JSON.stringify(chart.toJson());
    expect(unsorted).not.toBe(cdk8s);
    expect(JSON.stringify(withFastResolve(() => chart.toJson()))).toBe(unsorted);
  } finally {
    if (previous === undefined) delete process.env.CDK8S_DISABLE_SORT;
    else process.env.CDK8S_DISABLE_SORT = previous;
  }
});

test("a value cdk8s cannot render is refused in its words, and the toJson methods are cdk8s's again afterwards", () => {
  const app = new App();
  const chart = new Chart(app, 'chart');
  class Opaque {
    public readonly field = 1;
  }
  new ApiObject(chart, 'object', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'object' }, data: { opaque: new Opaque() } });
  const message = (action: () => unknown): string => {
    try {
      action();
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };
  const cdk8s = message(() => chart.toJson());
  expect(cdk8s).toContain("can't render non-simple object of type 'Opaque'");
  expect(message(() => withFastResolve(() => chart.toJson()))).toBe(cdk8s);
  const [objectToJson, metadataToJson] = [ApiObject.prototype.toJson, ApiObjectMetadataDefinition.prototype.toJson];
  withFastResolve(() => expect(ApiObject.prototype.toJson).not.toBe(objectToJson));
  expect([ApiObject.prototype.toJson, ApiObjectMetadataDefinition.prototype.toJson]).toEqual([objectToJson, metadataToJson]);
});

test('an App with a resolver of its own goes through cdk8s resolve, which hands it the key path', () => {
  const keys: string[] = [];
  const upper: IResolver = {
    resolve(context: ResolutionContext): void {
      keys.push(context.key.join('.'));
      if (context.value === 'hello' && ['data.greeting', 'labels.greeting'].includes(context.key.join('.'))) context.replaceValue('HELLO');
    },
  };
  const app = new App({ resolvers: [upper] });
  const chart = new Chart(app, 'chart');
  new ApiObject(chart, 'object', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'object', labels: { greeting: 'hello' } },
    data: { greeting: 'hello' },
  });
  const [object] = withFastResolve(() => chart.toJson());
  expect(object.data).toEqual({ greeting: 'HELLO' });
  // The metadata too: its toJson checks the App's resolvers of its own accord.
  expect(object.metadata.labels).toEqual({ greeting: 'HELLO' });
  expect(keys).toContain('data.greeting');
});

test("cdk8s's toJson methods are back after the fast path, also when it throws; its resolve() is never swapped", () => {
  const original = [ApiObject.prototype.toJson, ApiObjectMetadataDefinition.prototype.toJson, resolveModule.resolve];
  const current = (): unknown[] => [ApiObject.prototype.toJson, ApiObjectMetadataDefinition.prototype.toJson, resolveModule.resolve];
  expect(
    withFastResolve(() => {
      const [objectToJson, metadataToJson, resolve] = current();
      expect([objectToJson === original[0], metadataToJson === original[1], resolve === original[2]]).toEqual([false, false, true]);
      // Nested: the swapped methods stay in place until the outer call ends.
      withFastResolve(() => undefined);
      expect(current()).toEqual([objectToJson, metadataToJson, resolve]);
      return 1;
    }),
  ).toBe(1);
  expect(current()).toEqual(original);
  expect(() =>
    withFastResolve(() => {
      throw new Error('boom');
    }),
  ).toThrow('boom');
  expect(current()).toEqual(original);
});

test('it stands in only for cdk8s 2.70, the release whose resolve it copies; other releases resolve with their own', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the installed cdk8s, which the comparisons above ran against
  const installed = (require('cdk8s/package.json') as { version: string }).version;
  expect(fastResolveApplies(installed)).toBe(true);
  expect(['2.70.0', '2.70.48'].map(fastResolveApplies)).toEqual([true, true]);
  expect(['2.68.12', '2.69.9', '2.71.0', '3.0.0', '2.70.1-beta.1'].map(fastResolveApplies)).toEqual([false, false, false, false, false]);
});

test("the generated Kube* classes convert through the built converters while it runs, and are cdk8s-plus's own again afterwards", () => {
  // Nearly every class of cdk8s-plus-27's generated imports has the generated shape its converter is built from.
  expect(fastKubeJsonCoverage().classes).toBeGreaterThan(120);
  const generated = k8s.KubeDeployment.prototype.toJson;
  withFastResolve(() => expect(k8s.KubeDeployment.prototype.toJson).not.toBe(generated));
  expect(k8s.KubeDeployment.prototype.toJson).toBe(generated);
  // Number-or-string unions, quantities, maps, lists of converted items and a field named otherwise in JSON, as cdk8s-plus writes them.
  const app = new App();
  const chart = new Chart(app, 'chart');
  new k8s.KubeService(chart, 'service', {
    metadata: { name: 'service', labels: { a: 'b' } },
    spec: { ports: [{ port: 80, targetPort: k8s.IntOrString.fromString('http') }], selector: { a: 'b' } },
  });
  new k8s.KubeLimitRange(chart, 'limits', {
    metadata: { name: 'limits' },
    spec: { limits: [{ type: 'Container', max: { cpu: k8s.Quantity.fromString('2'), memory: k8s.Quantity.fromString('1Gi') } }] },
  });
  new k8s.KubeCustomResourceDefinition(chart, 'crd', {
    metadata: { name: 'things.example.com' },
    spec: {
      group: 'example.com',
      names: { kind: 'Thing', plural: 'things' },
      scope: 'Namespaced',
      versions: [
        {
          name: 'v1',
          served: true,
          storage: true,
          schema: { openApiv3Schema: { type: 'object', xKubernetesPreserveUnknownFields: true, properties: { a: { type: 'string' } } } },
        },
      ],
    },
  });
  const cdk8s = chart.toJson();
  const fast = withFastResolve(() => chart.toJson());
  expect(JSON.stringify(fast)).toBe(JSON.stringify(cdk8s));
  expect(fast).toStrictEqual(cdk8s);
  // Every converter these and the committed environments used has the generated shape: none is left as it is.
  expect(fastKubeJsonCoverage()).toMatchObject({ asGenerated: 0 });
  expect(fastKubeJsonCoverage().built).toBeGreaterThan(20);
  expect(cdk8s[0].spec.ports).toEqual([{ port: 80, targetPort: 'http' }]);
  expect(cdk8s[1].spec.limits[0].max).toEqual({ cpu: '2', memory: '1Gi' });
  expect(cdk8s[2].spec.versions[0].schema.openAPIV3Schema['x-kubernetes-preserve-unknown-fields']).toBe(true);
});
