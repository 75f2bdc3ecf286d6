import { heuristicEnvironment } from '../../environment.ts';
import { isUnderTemporaryRoot, REBUILDABLE } from '../../paths.ts';
import { operandValues, optionValuesIn, type RulePath, type ServiceRule, type ServiceTool } from './catalogue-shape.ts';

/**
 * Round 43 (bl43geo): catalogue entries for a GIS team's command-line tools that no entry read before: GDAL/OGR's
 * `ogr2ogr`, `ogrinfo`, `gdalinfo`, `gdalwarp`, `gdal_rasterize` and `gdalmanage`, osm2pgsql and its replication helper,
 * tippecanoe and tile-join, QGIS's `qgis_process`, and the tile-cache seeders of MapCache and MapProxy. Data in the shape
 * of service-catalogue.ts's ServiceTool (spread there). Labels follow "How a case is labelled" and blind43-geo.yaml's
 * description: a dataset or table written over (`-overwrite`, `OVERWRITE=YES`, a raster burnt in place) loses what it held
 * unless it is a build output or a temporary file; appending, creating and converting into a new output are writes;
 * a tile cache emptied is a cache. Operations no rule names keep the reading before where an entry says `fallback`.
 */

type Args = ReadonlyArray<string | null>;

const HELP: ServiceRule = { flags: ['--help'], effect: 'read', what: 'help' };

/**
 * A path a tool writes that is disposable: under a temporary folder, or relative to the project with a rebuildable first
 * folder (`build/`, `out/`, `tmp/`: paths.ts REBUILDABLE). Anything else (the project's `data/`, an absolute path, a
 * database, a value not fixed) is not known to be (fail closed). Not paths.ts classifyPath, on purpose: a rule's `args`
 * test sees the words alone, not the session's workspace, home or inventory that classifyPath reads, so this is the
 * narrow part of it that holds without them (its temporary roots and its REBUILDABLE folders, the tables shared).
 */
export function disposableOutput(path: string | null | undefined): boolean {
  if (typeof path !== 'string' || path === '' || /[$`*]|\.\./.test(path)) return false;
  if (path.startsWith('/')) return isUnderTemporaryRoot(path);
  const first = path.replace(/^\.\//, '').split('/')[0] ?? '';
  return path.replace(/^\.\//, '').includes('/') && REBUILDABLE.has(first);
}

/**
 * Round 44 (rv44): disposableOutput of a path as the line leaves it (catalogue-shape.ts RulePath): after `cd /srv/gis`,
 * `build/roads.gpkg` is `/srv/gis/build/roads.gpkg`, no project's build output (paths.ts reads `rm` of it so).
 */
function disposableAt(out: string | null | undefined, path?: RulePath): boolean {
  return disposableOutput(out === null || out === undefined || path === undefined ? out : path(out));
}

const TIER_ORDER = ['production', 'staging', 'dev'] as const;

/**
 * The tier GDAL's dataset names say (gdal.org "PostgreSQL / PostGIS" driver: `PG:"host=… dbname=…"`; the virtual file
 * systems `/vsis3/BUCKET/…`, `/vsigs/…`, `/vsiaz/…`; libpq URLs `postgresql://…@HOST/DB`): the worst one named, or null.
 * Plain file paths are left to the operand reading (a folder named `prod` is read there).
 */
export function gdalDatasetTier(args: Args): 'production' | 'staging' | 'dev' | null {
  const named = args.flatMap((a) => (a === null ? [] : connectionNames(a)));
  const tiers = named.map((n) => ({ tier: heuristicEnvironment(n.value), server: n.server }));
  // Round 44 (atk44; the lead's answer 454.1 reads a *host* named dev): a database or service name may say production or
  // staging, but only the server the connection reaches says dev; where a `hostaddr` is given, libpq connects to it and
  // the host name is only checked against the certificate ("Parameter Key Words": hostaddr), so that name says no tier.
  const dev = tiers.some((t) => t.tier === 'dev' && t.server) && !tiers.some((t) => t.tier === null && t.server);
  return TIER_ORDER.find((t) => (t === 'dev' ? dev : tiers.some((x) => x.tier === t))) ?? null;
}

/**
 * The names a GDAL dataset's connection gives, each marked whether it is the server reached: `PG:"host=… dbname=…"` (a
 * `hostaddr` makes it the server, the host name not), a libpq URL (`postgresql://USER@HOST/DB`), a bucket of the virtual
 * file systems.
 */
function connectionNames(a: string): Array<{ value: string; server: boolean }> {
  const pg = /^PG:(.*)$/i.exec(a)?.[1];
  const url = pg === undefined ? /^postgres(?:ql)?:\/\/(?:[^@/]*@)?([^/?]*)(?:\/([^?]*))?/i.exec(a) : null;
  if (pg !== undefined || url) {
    const pairs = pg !== undefined ? [...pg.matchAll(/\b(host|hostaddr|dbname|service)\s*=\s*'?([^\s']+)/gi)].map((m) => [m[1]!.toLowerCase(), m[2]!] as const) : [['host', url![1] ?? ''] as const, ['dbname', url![2] ?? ''] as const];
    const hostaddr = pairs.some(([k]) => k === 'hostaddr');
    const hosts = pairs.filter(([k, v]) => (k === 'host' || k === 'hostaddr') && v !== '');
    return pairs.filter(([k, v]) => /^(host|hostaddr|dbname|service)$/.test(k) && v !== '').map(([k, v]) => ({ value: v, server: k === 'hostaddr' || (k === 'host' && !hostaddr && hosts.at(-1)?.[1] === v) }));
  }
  const bucket = /^\/vsi(?:s3|gs|az|adls|oss|swift)(?:_streaming)?\/([^/]+)/i.exec(a) ?? /^(?:s3|gs):\/\/([^/]+)/i.exec(a);
  return bucket ? [{ value: bucket[1]!, server: true }] : [];
}

/**
 * Round 44 (atk44): a PostgreSQL dataset on the line whose server is not named dev: no host given (libpq then reaches
 * PGHOST or the local socket, neither shown as dev), or a `hostaddr` or last `host` that names no dev tier. A database
 * named dev on such a server is not "a host named dev" (the lead's answer 454.1).
 */
function pgServerNotNamedDev(args: Args): boolean {
  return args.some((a) => {
    if (a === null || !/^(PG:|postgres(ql)?:\/\/)/i.test(a)) return false;
    const servers = connectionNames(a).filter((n) => n.server);
    return servers.length === 0 || heuristicEnvironment(servers.at(-1)!.value) !== 'dev';
  });
}

// ---- GDAL/OGR (gdal.org/programs) -------------------------------------------------------------------------------------

/** ogr2ogr's options that take a value (gdal.org/programs/ogr2ogr.html); `--config` takes two, its second read as an operand. */
// Round 44 (atk44): not `-nomd`, `-unsetFieldWidth`, `-resolveDomains` or `-emptyStrAsNull`, which are switches: listed
// here, each took the destination after it for its value.
const OGR2OGR_VALUED = ['-f', '-of', '-nln', '-nlt', '-sql', '-dialect', '-where', '-select', '-t_srs', '-s_srs', '-a_srs', '-ct', '-lco', '-dsco', '-oo', '-doo', '-spat', '-spat_srs', '-clipsrc', '-clipsrcsql', '-clipsrclayer', '-clipsrcwhere', '-clipdst', '-clipdstsql', '-clipdstlayer', '-clipdstwhere', '-gt', '-fid', '-dim', '-mapFieldType', '-fieldmap', '-segmentize', '-simplify', '-zfield', '-a_coord_epoch', '-s_coord_epoch', '-t_coord_epoch', '-sql', '-mo', '-limit', '-xyRes', '-zRes', '-mRes', '--config', '-if', '-gcp', '-order', '-datelineoffset', '-fieldTypeToString'];

/**
 * GDAL's `--config KEY VALUE` takes two words (gdal.org "General options"); `--config KEY=VALUE` one. The argument list
 * without them, so that the operands after are the program's own (`--config CPL_TMPDIR /tmp/gdal DST SRC`).
 */
export function withoutConfigPairs(args: Args): Args {
  const out: Array<string | null> = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--config') i += args[i + 1] !== null && /=/.test(args[i + 1] ?? '') ? 1 : 2;
    else out.push(args[i] ?? null);
  }
  return out;
}

/** GDAL's configuration options given on the line (`--config KEY VALUE` or `KEY=VALUE`), by key. */
function gdalConfig(args: Args, key: string): Array<string | null> {
  return args.flatMap((a, i) => {
    if (a !== '--config') return [];
    const k = args[i + 1] ?? null;
    if (k === null) return [null];
    const eq = /^([^=]+)=(.*)$/.exec(k);
    if (eq) return eq[1]!.toUpperCase() === key ? [eq[2]!] : [];
    return k.toUpperCase() === key ? [args[i + 2] ?? null] : [];
  });
}

/** GDAL's reading of a boolean option (CPLTestBool, port/cpl_string.cpp): anything but NO, FALSE, OFF or 0 is true. */
const gdalTrue = (v: string | null): boolean => v === null || !/^(no|false|off|0)$/i.test(v.trim());

/** `-overwrite`, or the layer creation option `OVERWRITE=YES` (drivers PostgreSQL, GPKG, MSSQLSpatial: drops the layer first). */
// Round 44 (atk44): and the PostgreSQL driver's `OGR_TRUNCATE=YES` (read as GDAL reads a boolean), which truncates the
// table before `-append` writes into it (gdal.org "PostgreSQL / PostGIS").
function ogrOverwrites(args: Args): boolean {
  return args.includes('-overwrite') || optionValuesIn(args, ['-lco']).some((v) => v === null || /^OVERWRITE=(YES|ON|TRUE|1)$/i.test(v)) || gdalConfig(args, 'OGR_TRUNCATE').some(gdalTrue);
}

/**
 * ogr2ogr's destination: the first operand (`ogr2ogr [options] DST SRC [layer…]`), past the numbers of the options that
 * take several (`-spat XMIN YMIN XMAX YMAX`, `-clipsrc` with four).
 */
function ogrDestination(args: Args): string | null | undefined {
  return operandValues(withoutConfigPairs(args), new Set(OGR2OGR_VALUED)).find((o) => o === null || !/^-?\d+(\.\d+)?$/.test(o));
}

/**
 * ogr2ogr writes its destination dataset. `-overwrite` (or `-lco OVERWRITE=YES`) deletes the output layer and makes it
 * again from the source: the rows it held are lost unless the destination is a build output or a temporary file. Without
 * it the output is created, or rows are appended (`-append`, `-update`): a write.
 */
const OGR2OGR: ServiceTool = {
  names: ['ogr2ogr', 'ogr2ogr.exe'],
  valued: OGR2OGR_VALUED,
  tier: gdalDatasetTier,
  rules: [
    HELP,
    { args: (a, _t, path) => ogrOverwrites(a) && !disposableAt(ogrDestination(a), path) && pgServerNotNamedDev(a), effect: 'destroy', what: 'drops the output layer and makes it again from the source: the rows it held are lost (a server not named dev)' },
    { args: (a, _t, path) => ogrOverwrites(a) && !disposableAt(ogrDestination(a), path), effect: 'destroy', what: 'drops the output layer and makes it again from the source: the rows it held are lost', devWrite: 'a dev database\'s tables are test data (decision 40)' },
  ],
  otherwise: 'write',
};

/**
 * ogrinfo reads a dataset; with `-sql` it runs the statement (`DROP TABLE`, `DELETE`), which the generic reading judges as
 * SQL: that reading keeps it, this entry adds the tier the dataset names.
 */
const OGRINFO: ServiceTool = {
  names: ['ogrinfo', 'ogrinfo.exe'],
  valued: ['-sql', '-dialect', '-where', '-spat', '-geomfield', '-fid', '-oo', '-if', '-nln', '--config', '-limit'],
  tier: gdalDatasetTier,
  rules: [
    HELP,
    // Round 44 (atk44): `-sql @FILE` runs the statements the file holds (ogrinfo(1)), which the line does not show.
    { args: (a) => optionValuesIn(a, ['-sql']).some((v) => v === null || v.startsWith('@')), effect: 'opaque', what: 'runs the SQL a file holds' },
    { args: (a) => !a.includes('-sql'), effect: 'read', what: 'reads a dataset\'s layers and features' },
  ],
  otherwise: 'fallback',
};

const GDALINFO: ServiceTool = {
  names: ['gdalinfo', 'gdalinfo.exe', 'gdalsrsinfo', 'gdallocationinfo'],
  valued: ['-oo', '-if', '-b', '-mdd', '-sd', '-o', '-wkt_format', '-l_srs', '--config'],
  tier: gdalDatasetTier,
  rules: [HELP],
  otherwise: 'read',
};

/** The last operand: the output of `gdalwarp SRC… DST` and `gdal_rasterize SRC DST`. */
function lastOperand(args: Args, valued: readonly string[]): string | null | undefined {
  return operandValues(withoutConfigPairs(args), new Set(valued)).at(-1);
}

// Round 44 (atk44): not `-multi`, `-nomd`, `-srcalpha` or `-dstalpha`, which are switches (gdalwarp(1)): listed here, each
// took the output after it for its value.
const GDALWARP_VALUED = ['-s_srs', '-t_srs', '-ct', '-to', '-te', '-te_srs', '-tr', '-ts', '-ovr', '-wo', '-ot', '-wt', '-r', '-srcnodata', '-dstnodata', '-srcband', '-dstband', '-wm', '-of', '-co', '-cutline', '-cl', '-cwhere', '-csql', '-cblend', '-oo', '-doo', '-cvmd', '-if', '--config', '-order', '-et', '-refine_gcps', '-s_coord_epoch', '-t_coord_epoch', '-cutline_srs'];

/**
 * gdalwarp writes a new output, or warps into an existing one; `-overwrite` deletes an existing output first
 * (gdal.org/programs/gdalwarp.html): that raster is lost unless it is a build output or a temporary file.
 */
const GDALWARP: ServiceTool = {
  names: ['gdalwarp', 'gdalwarp.exe'],
  valued: GDALWARP_VALUED,
  tier: gdalDatasetTier,
  rules: [
    HELP,
    // `-te` and `-tr` take several numbers: their extra values read as operands come before the output, which stays last.
    { args: (a, _t, path) => a.includes('-overwrite') && !disposableAt(lastOperand(a, GDALWARP_VALUED), path), effect: 'destroy', what: 'deletes the existing output raster and writes a new one' },
  ],
  otherwise: 'write',
};

const RASTERIZE_VALUED = ['-b', '-burn', '-a', '-l', '-where', '-sql', '-dialect', '-of', '-a_srs', '-to', '-co', '-a_nodata', '-init', '-te', '-tr', '-ts', '-ot', '-optim', '--config', '-oo'];

/**
 * gdal_rasterize makes a new raster only when one of its creation options is given (gdal.org/programs/gdal_rasterize.html:
 * "-of, -a_nodata, -init, -a_srs, -co, -te, -tr, -tap, -ts, or -ot"); otherwise it burns the features into the existing
 * raster, whose values under them are lost unless it is a build output or a temporary file.
 */
const RASTERIZE_CREATES = ['-of', '-a_nodata', '-init', '-a_srs', '-co', '-te', '-tr', '-tap', '-ts', '-ot'];
const GDAL_RASTERIZE: ServiceTool = {
  names: ['gdal_rasterize', 'gdal_rasterize.exe'],
  valued: RASTERIZE_VALUED,
  tier: gdalDatasetTier,
  rules: [
    HELP,
    { args: (a, _t, path) => !RASTERIZE_CREATES.some((f) => a.includes(f)) && !disposableAt(lastOperand(a, RASTERIZE_VALUED), path), effect: 'destroy', what: 'burns features into the existing raster: the values under them are lost' },
  ],
  otherwise: 'write',
};

/** gdalmanage (gdal.org/programs/gdalmanage.html): `delete` removes a dataset with all its files; `rename`, `copy` keep its data. */
const GDALMANAGE: ServiceTool = {
  names: ['gdalmanage', 'gdalmanage.exe'],
  valued: ['-f'],
  rules: [
    HELP,
    { sub: /^identify( |$)/, effect: 'read', what: 'identifies a dataset\'s driver' },
    { sub: /^delete( |$)/, args: (a, _t, path) => { const ops = operandValues(a, new Set(['-f'])).slice(1); return ops.length > 0 && ops.every((o) => disposableAt(o, path)); }, effect: 'write', what: 'deletes a build output or temporary dataset' },
    { sub: /^delete( |$)/, effect: 'destroy', what: 'deletes a dataset with all its files' },
    { sub: /^(rename|copy)( |$)/, effect: 'write', what: 'renames or copies a dataset' },
  ],
  otherwise: 'fallback',
};

// ---- osm2pgsql (osm2pgsql.org/doc/manual.html) -----------------------------------------------------------------------

const OSM2PGSQL_WHERE = ['-H', '--host', '-d', '--database'];

/**
 * osm2pgsql `--append` (`-a`) applies change files to an import made before: rows are updated in place. Create mode (the
 * default, `--create`) drops the tables first: that reading is kept (fallback).
 */
const OSM2PGSQL: ServiceTool = {
  names: ['osm2pgsql'],
  valued: ['-d', '--database', '-U', '--username', '-H', '--host', '-P', '--port', '-S', '--style', '-O', '--output', '-C', '--cache', '-F', '--flat-nodes', '-p', '--prefix', '-E', '--proj', '-r', '--input-reader', '--schema', '--middle-schema', '--output-pgsql-schema', '--number-processes', '--tablespace-main-data', '--tablespace-main-index', '--tablespace-slim-data', '--tablespace-slim-index', '-e', '--expire-tiles', '-o', '--expire-output', '--log-level', '--bbox', '-b'],
  where: OSM2PGSQL_WHERE,
  rules: [HELP, { flags: ['-a', '--append'], effect: 'write', what: 'applies OSM change files to an existing import' }],
  otherwise: 'fallback',
};

/** osm2pgsql-replication: `init` records where updates start, `update` applies the diffs since (an `--append` run), `status` reads. */
const OSM2PGSQL_REPLICATION: ServiceTool = {
  names: ['osm2pgsql-replication'],
  parser: 'permutes',
  valued: ['-d', '--database', '-U', '--username', '-H', '--host', '-P', '--port', '-p', '--prefix', '--schema', '--osm-file', '--server', '--start-at', '--max-diff-size', '--once', '--post-processing'],
  where: OSM2PGSQL_WHERE,
  rules: [
    HELP,
    { sub: /^status( |$)/, effect: 'read', what: 'reads the replication state' },
    { sub: /^(init|update)( |$)/, effect: 'write', what: 'records the replication start or applies the diffs since' },
  ],
  otherwise: 'fallback',
};

// ---- Tiles: tippecanoe, tile-join (github.com/felt/tippecanoe), MapCache, MapProxy --------------------------------------

/** A tileset file a tiler writes: MBTiles or PMTiles (`-o`), which it makes again from the project's features. */
const TILESET_FILE = /\.(mbtiles|pmtiles)$/i;

/**
 * tippecanoe and tile-join write one tileset (`-o`), refusing an existing file unless `--force` (`-f`) or
 * `--allow-existing` is given. A tileset written over is made again from the source features; `--force` onto any other
 * file stays a file written over. `--drop-densest-as-needed` and the other `--drop-*` options thin features in the tiles
 * being built: no data is dropped.
 */
const TILERS: ServiceTool = {
  names: ['tippecanoe', 'tile-join'],
  parser: 'permutes',
  valued: ['-o', '--output', '-e', '--output-to-directory', '-l', '--layer', '-n', '--name', '-z', '--maximum-zoom', '-Z', '--minimum-zoom', '-L', '--named-layer', '-j', '--feature-filter', '-J', '--feature-filter-file', '-x', '--exclude', '-y', '--include', '-r', '--drop-rate', '-B', '--base-zoom', '-t', '--temporary-directory', '-A', '--attribution', '-N', '--description', '-P', '--read-parallel', '-c', '--csv', '-i', '--if-matched-key-is', '-R', '--layer-rename'],
  rules: [
    HELP,
    { flags: ['-f', '--force', '--allow-existing'], args: (a) => optionValuesIn(a, ['-o', '--output']).some((o) => o === null || !TILESET_FILE.test(o)), effect: 'destroy', what: 'writes over an existing file that is not a tileset' },
  ],
  otherwise: 'write',
};

/**
 * MapCache's and MapProxy's seeders fill a tile cache; `mapcache_seed -m delete` and `mapproxy-seed --cleanup` remove
 * tiles from it, which the server renders again on request: a cache.
 */
const CACHE_SEEDERS: ServiceTool = {
  names: ['mapcache_seed', 'mapproxy-seed'],
  valued: ['-c', '--config', '-t', '--tileset', '-g', '--grid', '-z', '--zoom', '-n', '--nthreads', '-m', '--mode', '-e', '--extent', '-d', '--ogr-datasource', '-f', '--proxy-conf', '-s', '--seed-conf', '--seed', '--cleanup', '--concurrency', '-i', '--interactive', '-o', '--older', '-l', '--logfile', '-D', '--dimension', '-M', '--metasize', '-P', '--percent', '--ogr-layer', '--ogr-where', '--ogr-sql'],
  rules: [HELP],
  otherwise: 'write',
};

// ---- QGIS qgis_process (docs.qgis.org: "Using processing from the command line") ---------------------------------------

/** qgis_process's `run ALG -- NAME=VALUE…` parameters as a map (the last value of each name). */
function qgisParameters(args: Args): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const a of args) {
    const m = a === null ? null : /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(a);
    if (m) out.set(m[1]!, m[2]!);
  }
  return out;
}

/**
 * Algorithms that empty or replace their input in place: `native:truncatetable` deletes every feature of the layer;
 * `native:importintopostgis` (and `gdal:importvectorintopostgisdatabase…`) with `OVERWRITE=true` replaces the table.
 */
// Round 44 (atk44): every INPUT given (a parameter given twice is a list to qgis_process), each disposable, or none said.
function qgisValues(args: Args, name: string): Array<string | null> {
  return args.flatMap((a) => { const m = a === null ? null : /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(a); return a === null ? [null] : m && m[1] === name ? [m[2]!] : []; });
}
function qgisEmptiesInput(args: Args, _texts?: ReadonlyArray<string>, path?: RulePath): boolean {
  const inputs = qgisValues(args, 'INPUT');
  return args.some((a) => a !== null && /^native:truncatetable$/i.test(a)) && (inputs.length === 0 || !inputs.every((v) => disposableAt(v, path)));
}
/**
 * Round 44 (atk44): the algorithms that run SQL on a database (`native:postgisexecutesql`, `native:spatialiteexecutesql`,
 * `qgis:postgisexecuteandloadsql`): a statement that drops, deletes, truncates, alters or updates loses what it names.
 */
const QGIS_EXECUTE_SQL = /^(native|qgis):(postgis|spatialite)execute(andload)?sql$/i;
function qgisRunsLosingSql(args: Args): boolean {
  return args.some((a) => a !== null && QGIS_EXECUTE_SQL.test(a)) && qgisValues(args, 'SQL').some((v) => v === null || /\b(drop|delete|truncate|alter|update|vacuum)\b/i.test(v));
}
/** Round 44 (atk44): `native:package` with `OVERWRITE=true` replaces the existing GeoPackage it writes ("Package layers"). */
function qgisPackageOverwrites(args: Args, _texts?: ReadonlyArray<string>, path?: RulePath): boolean {
  return args.some((a) => a !== null && /^native:package$/i.test(a)) && qgisValues(args, 'OVERWRITE').some((v) => v === null || /^(true|1|yes)$/i.test(v)) && !qgisValues(args, 'OUTPUT').every((v) => disposableAt(v, path));
}
function qgisOverwritesTable(args: Args): boolean {
  const p = qgisParameters(args);
  return args.some((a) => a !== null && /^(native:importintopostgis|gdal:importvectorintopostgisdatabase\w*|native:exporttospatialite)$/i.test(a)) && /^(true|1|yes)$/i.test(p.get('OVERWRITE') ?? 'true');
}

const QGIS_PROCESS: ServiceTool = {
  names: ['qgis_process', 'qgis_process-qgis', 'qgis_process-qgis-ltr', 'qgis_process.exe'],
  parser: 'permutes',
  valued: [],
  tier: (a) => { const p = qgisParameters(a); return gdalDatasetTier([...p.values()]) ?? (p.get('DATABASE') ? (heuristicEnvironment(p.get('DATABASE') ?? '') ?? null) : null); },
  rules: [
    HELP,
    { sub: /^(list|help|plugins|--version)( |$)/, effect: 'read', what: 'lists or describes algorithms' },
    { sub: /^run( |$)/, args: qgisEmptiesInput, effect: 'destroy', what: 'deletes every feature of the input layer' },
    { sub: /^run( |$)/, args: qgisOverwritesTable, effect: 'destroy', what: 'replaces the database table with the input' },
    { sub: /^run( |$)/, args: qgisRunsLosingSql, effect: 'destroy', what: 'runs SQL on the database that drops, deletes or alters what it names' },
    { sub: /^run( |$)/, args: qgisPackageOverwrites, effect: 'destroy', what: 'replaces the existing GeoPackage with the packaged layers' },
    { sub: /^run( |$)/, effect: 'write', what: 'runs a processing algorithm into its outputs' },
  ],
  otherwise: 'fallback',
};

// ---- imposm (imposm.org/docs/imposm3: "Tutorial", Deployment), pgsql2shp, martin-cp, pmtiles --------------------------

/**
 * imposm imports into its own schema; `-deployproduction` moves the production tables to the backup schema and the import
 * into production, `-revertdeploy` moves them back: both keep the previous import. `-removebackup` drops the backup
 * schema, the only copy of the previous import.
 */
/**
 * Round 44 (atk44): a boolean switch as Go's flag package reads it: `-NAME`, `--NAME`, or either with `=VALUE` where
 * strconv.ParseBool reads VALUE as true (`1`, `t`, `true`…); a value not fixed counts (fail closed).
 */
const goFlag = (args: Args, name: string): boolean => args.some((a) => a === null || new RegExp(`^--?${name}(=(1|t|T|true|TRUE|True))?$`).test(a));
const IMPOSM: ServiceTool = {
  names: ['imposm', 'imposm3'],
  valued: ['-config', '-mapping', '-read', '-connection', '-cachedir', '-diffdir', '-limitto', '-srid', '-dbschema-import', '-dbschema-production', '-dbschema-backup', '-expiretiles-dir', '-expiretiles-zoom', '-replication-url', '-replication-interval', '-httpprofile', '-quiet'],
  where: ['-connection'],
  rules: [
    HELP,
    { args: (a) => goFlag(a, 'removebackup'), effect: 'destroy', what: 'drops the backup schema: the previous import is gone' },
    { args: (a) => goFlag(a, 'deployproduction'), effect: 'deploy', what: 'moves the import into production, keeping the previous tables in the backup schema' },
    { sub: /^(version|query-cache)( |$)/, effect: 'read', what: 'prints the version or reads the cache' },
  ],
  otherwise: 'write',
};

/**
 * pgsql2shp dumps a table or a query to a shapefile: a read of the database (`-h` its host). Round 44 (atk44): a query
 * runs on the server (`SELECT pg_terminate_backend(pid) …`): left to the generic reading, which judges it as SQL.
 */
const PGSQL2SHP_VALUED = ['-f', '-h', '-p', '-P', '-u', '-g', '-m'];
const PGSQL2SHP: ServiceTool = {
  names: ['pgsql2shp', 'pgsql2shp.exe'],
  valued: PGSQL2SHP_VALUED,
  where: ['-h'],
  rules: [HELP, { args: (a) => operandValues(a, new Set(PGSQL2SHP_VALUED)).every((o) => o !== null && !/\s/.test(o)), effect: 'read', what: 'dumps a table to a shapefile' }],
  otherwise: 'fallback',
};

/** martin-cp copies tiles from its sources (a PostGIS URL, files) into a new MBTiles file: a write of that file. */
const MARTIN_CP: ServiceTool = {
  names: ['martin-cp'],
  parser: 'permutes',
  valued: ['-o', '--output-file', '--mbtiles-type', '--on-duplicate', '--concurrency', '--min-zoom', '--max-zoom', '-z', '--zoom-levels', '--bbox', '-s', '--source', '--url-query', '--encoding', '-c', '--config', '--skip-agg-tiles-hash', '--pool-size'],
  tier: gdalDatasetTier,
  rules: [HELP],
  otherwise: 'write',
};

/** pmtiles (docs.protomaps.com/pmtiles/cli): `upload` puts an archive into a bucket (a deploy), `show`/`verify`/`serve` read. */
const PMTILES: ServiceTool = {
  names: ['pmtiles'],
  parser: 'permutes',
  valued: ['--bucket', '--region', '--bbox', '--maxzoom', '--minzoom', '--download-threads', '--overfetch', '--cors', '--port', '--public-url', '--metadata', '--header-json', '--tilejson'],
  where: ['--bucket'],
  rules: [
    HELP,
    { sub: /^(show|verify|serve|version|tile)( |$)/, effect: 'read', what: 'reads an archive or serves its tiles' },
    { sub: /^upload( |$)/, effect: 'deploy', what: 'uploads an archive into a bucket' },
    { sub: /^(convert|extract|cluster|edit)( |$)/, effect: 'write', what: 'writes an archive' },
  ],
  otherwise: 'fallback',
};

// ---- shp2pgsql, raster2pgsql (postgis.net/docs: "Using the Loader", raster2pgsql) --------------------------------------

const LOADER_VALUED = new Set(['-s', '-g', '-W', '-N', '-m', '-T', '-X', '-t', '-b', '-f', '-l', '-n', '-r']);

/**
 * The SQL shp2pgsql and raster2pgsql print, by their mode (postgis.net: `-d` "drops the database table before creating a
 * new table", `-a` appends, `-c` creates, the default, `-p` only makes the table): statements of the same kinds on the
 * table the line names (the last operand), for the SQL reading of the client they are piped into (`| psql`). Undefined for
 * any other program; a mode option not fixed prints the drop (fail closed).
 */
export function loaderPrintedSql(name: string, args: ReadonlyArray<string | null>): string | undefined {
  if (!/^(shp2pgsql|raster2pgsql)(\.exe)?$/.test(name.replace(/^.*[\\/]/, ''))) return undefined;
  const operands = operandValues(args, LOADER_VALUED);
  const table = operands.length > 1 && operands.at(-1) !== null && /^[\w.]+$/.test(operands.at(-1)!) ? operands.at(-1)! : 'loaded_table';
  const mode = (m: string) => args.some((a) => a === null || (/^-[A-Za-z]+$/.test(a) && !LOADER_VALUED.has(a) && a.slice(1).includes(m)));
  const create = `CREATE TABLE ${table} (gid serial);`;
  const insert = `INSERT INTO ${table} (gid) VALUES (1);`;
  if (mode('d')) return `DROP TABLE IF EXISTS ${table}; ${create} ${insert}`;
  if (mode('a')) return insert;
  if (mode('p')) return create;
  return `${create} ${insert}`;
}

/** The loaders themselves only print SQL (loaderPrintedSql): what reads it, or the file it is redirected to, is judged there. */
const SPATIAL_LOADERS: ServiceTool = {
  names: ['shp2pgsql', 'shp2pgsql.exe', 'raster2pgsql', 'raster2pgsql.exe'],
  valued: [...LOADER_VALUED],
  rules: [HELP],
  otherwise: 'read',
};

/** The geospatial tools' entries, spread into service-catalogue.ts's SERVICE_TOOLS. */
export const GEO_TOOLS: readonly ServiceTool[] = [OGR2OGR, OGRINFO, GDALINFO, GDALWARP, GDAL_RASTERIZE, GDALMANAGE, OSM2PGSQL, OSM2PGSQL_REPLICATION, TILERS, CACHE_SEEDERS, QGIS_PROCESS, IMPOSM, PGSQL2SHP, MARTIN_CP, PMTILES, SPATIAL_LOADERS];
