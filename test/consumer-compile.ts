/**
 * A consumer's TypeScript project compiled as `tsc -p` would (the same
 * compiler options and root files), with the compiler API in this process
 * instead of a tsc process, and cached by content (test/content-cache.ts):
 * the key holds every source file's text, the compiler options, what the
 * imported packages are (the caller names them: the cache folder of the
 * install, which is itself keyed by content), and the TypeScript and
 * @types/node versions. A hit returns what the compile reported and the
 * JavaScript it emitted without loading TypeScript at all.
 *
 * TypeScript's own lib files and @types/node are parsed once per process,
 * however many projects are compiled (the packaging test compiles one per
 * end of the peer ranges).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type ts from 'typescript';
import { cachedByContent, REPO } from './content-cache';

/** A project to compile. */
export interface ConsumerCompile {
  /** The project's folder: the root files are read from here, and imports resolve from here. */
  readonly project: string;
  /** The root files, relative to the project. */
  readonly files: readonly string[];
  /** compilerOptions as tsconfig.json spells them; `outDir` relative to the project. */
  readonly compilerOptions: Readonly<Record<string, unknown>>;
  /** What the packages the project imports are: a path or key that changes whenever they do. */
  readonly packages: string;
  /**
   * Something to read from the compiled program (its type checker), returned and cached with the compile; the file
   * it is written in is part of the cache key.
   * @default nothing
   */
  readonly inspect?: {
    /** The file (relative to the repository) that `read` is written in. */
    readonly file: string;
    readonly read: (program: ts.Program, typescript: typeof ts) => unknown;
  };
}

/** What a compile gave. */
export interface CompiledConsumer {
  /** What tsc would have printed: empty when the project type-checks. */
  readonly diagnostics: string;
  /** Each emitted file, by path relative to the project. */
  readonly outputs: Readonly<Record<string, string>>;
  /** What `inspect` returned. */
  readonly inspected?: unknown;
}

/** Lib files and @types: the same for every project, so parsed once. */
const sharedSourceFiles = new Map<string, ts.SourceFile | undefined>();
const SHARED_FOLDERS = [join(REPO, 'node_modules', 'typescript', 'lib'), join(REPO, 'node_modules', '@types')];

function compile(typescript: typeof ts, request: ConsumerCompile): CompiledConsumer {
  const { options, fileNames, errors } = typescript.parseJsonConfigFileContent(
    { compilerOptions: request.compilerOptions, files: request.files },
    typescript.sys,
    request.project,
  );
  const host = typescript.createCompilerHost(options);
  const readSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!SHARED_FOLDERS.some((folder) => fileName.startsWith(folder)))
      return readSourceFile(fileName, languageVersion, onError, shouldCreate);
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    if (!sharedSourceFiles.has(key)) sharedSourceFiles.set(key, readSourceFile(fileName, languageVersion, onError, shouldCreate));
    return sharedSourceFiles.get(key);
  };
  const program = typescript.createProgram({ rootNames: fileNames, options, host });
  const outputs: Record<string, string> = {};
  const emitted = program.emit(undefined, (fileName, text) => {
    outputs[relative(request.project, fileName).split('\\').join('/')] = text;
  });
  const diagnostics = [...errors, ...typescript.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  return {
    diagnostics: typescript.formatDiagnostics(diagnostics, host),
    outputs,
    inspected: request.inspect?.read(program, typescript),
  };
}

/** The project compiled: made once for as long as its sources, options and packages stay the same. */
export function compiledConsumer(name: string, request: ConsumerCompile): CompiledConsumer {
  const sources = request.files.map((file) => [file, readFileSync(join(request.project, file), 'utf8')]);
  const inputs = {
    paths: ['test/consumer-compile.ts', ...(request.inspect ? [request.inspect.file] : [])],
    tools: ['typescript', '@types/node'],
    also: JSON.stringify({
      sources,
      compilerOptions: request.compilerOptions,
      packages: request.packages,
    }),
  };
  return cachedByContent(name, inputs, () => {
    // Loaded only to compile: a cached compile needs no TypeScript.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const typescript = require('typescript') as typeof ts;
    return compile(typescript, request);
  }).result;
}

/** Writes a compile's emitted files into a project folder. */
export function writeOutputs(project: string, outputs: Readonly<Record<string, string>>): void {
  for (const [file, text] of Object.entries(outputs)) {
    mkdirSync(dirname(join(project, file)), { recursive: true });
    writeFileSync(join(project, file), text);
  }
}
