// Every command of `sw-widgets`, registered in this one list: a command is a module whose default export is
// `{ name, register(program, context) }` (see validate.js). To add one, import it and add it here.
import validate from './validate.js';
import importCsv from './import.js';
import exportCsv from './export-csv.js';
import bundle from './bundle.js';
import serve from './serve.js';
import render from './render.js';

export const COMMANDS = [validate, importCsv, exportCsv, bundle, serve, render];
