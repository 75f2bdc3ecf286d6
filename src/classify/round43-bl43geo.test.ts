/**
 * Round 43 (bl43geo): the classes built from blind43-geo's tuned misses, at their edges: GDAL/OGR's writes over a dataset
 * (`ogr2ogr -overwrite`, `-lco OVERWRITE=YES`, `gdalwarp -overwrite`, `gdal_rasterize` into an existing raster, `gdalmanage
 * delete`) against build and temporary outputs, the tier a GDAL dataset name says (geo-catalogue.ts), osm2pgsql's append
 * and replication, tippecanoe's `--force` and `--drop-*`, tile-cache seeders, qgis_process's truncate and PostGIS import,
 * and PostGIS's drop functions (sql.ts). fix43-bl43geo.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import type { JsonValue } from '../core/index.ts';
import { disposableOutput, gdalDatasetTier } from './shell/tools/geo-catalogue.ts';

const batch = batchAnswers({ cwd: '/home/dev/gis', home: '/home/dev' });
const answer = (i: JsonValue, t = 'command') => batch(t, i) as unknown as { decision: string; targets_env: string | null };

test('ogr2ogr: -overwrite and OVERWRITE=YES over a table or a source file lose rows; build, temporary and appends are writes', () => {
  for (const c of ['ogr2ogr -overwrite -f PostgreSQL PG:"host=db1 dbname=gis" in.shp -nln t', 'ogr2ogr -f GPKG -lco OVERWRITE=YES data/v.gpkg in.fgb', 'ogr2ogr -lco OVERWRITE=$X -f GPKG data/v.gpkg in.fgb', 'ogr2ogr -overwrite $OUT in.shp']) assert.notEqual(answer(c).decision, 'benign', c);
  for (const c of ['ogr2ogr -overwrite -f GPKG build/v.gpkg in.shp', 'ogr2ogr -overwrite /tmp/v.geojson in.shp', 'ogr2ogr -append -f PostgreSQL PG:"host=db1 dbname=gis" in.shp', 'ogr2ogr -f GPKG out.gpkg in.shp', 'ogr2ogr -spat 1 2 3 4 -overwrite build/c.gpkg in.gpkg']) assert.equal(answer(c).decision, 'benign', c);
  assert.equal(answer('ogr2ogr -overwrite -f PostgreSQL PG:"host=gis-prod-db.internal dbname=gis" in.shp').targets_env, 'production');
});

test('GDAL dataset names: PG: strings, libpq URLs and /vsi buckets name their tier; plain paths are not read here', () => {
  assert.equal(gdalDatasetTier(['-ro', 'PG:host=gis-staging-db.internal dbname=gis']), 'staging');
  assert.equal(gdalDatasetTier(['/vsis3/tiles-prod/a.tif']), 'production');
  assert.equal(gdalDatasetTier(['postgresql://etl@db-dev-01/gis', 'PG:host=gis-prod-db']), 'production');
  assert.equal(gdalDatasetTier(['data/prod/a.tif', null]), null);
  assert.equal(answer('gdalinfo /vsigs/imagery-staging/a.tif').targets_env, 'staging');
  assert.equal(answer('ogrinfo -ro PG:"host=gis-prod-db.internal dbname=gis" -sql "SELECT 1"').targets_env, 'production');
});

test('disposableOutput: build and temporary outputs only; data, absolute paths, globs and unfixed values are not', () => {
  for (const p of ['build/a.tif', './out/x.gpkg', '/tmp/a.tif']) assert.equal(disposableOutput(p), true, p);
  for (const p of ['data/a.tif', 'build', '/srv/gis/a.tif', 'build/../data/a.tif', 'build/*.tif', null, undefined, '/tmp']) assert.equal(disposableOutput(p), false, String(p));
});

test('gdalwarp -overwrite, gdal_rasterize in place and gdalmanage delete lose a raster unless it is a build or temporary file', () => {
  for (const c of ['gdalwarp -overwrite in.tif data/out.tif', 'gdal_rasterize -burn 0 -l r v.gpkg /srv/r.tif', 'gdalmanage delete /srv/r.tif', 'gdalmanage delete build/a.tif data/b.tif']) assert.notEqual(answer(c).decision, 'benign', c);
  for (const c of ['gdalwarp -overwrite -te 1 2 3 4 -tr 10 10 in.tif build/o.tif', 'gdalwarp in.tif data/new.tif', 'gdal_rasterize -burn 1 -tr 10 10 -l r v.gpkg data/new.tif', 'gdal_rasterize -burn 0 -l r v.gpkg build/m.tif', 'gdalmanage delete /tmp/a.tif', 'gdalmanage rename a.tif b.tif']) assert.equal(answer(c).decision, 'benign', c);
});

test('osm2pgsql: --append and replication updates are writes; create mode stays destructive', () => {
  for (const c of ['osm2pgsql --create -d gis -H gis-prod-db.internal x.pbf', 'osm2pgsql -d gis -H gis-prod-db.internal x.pbf']) assert.notEqual(answer(c).decision, 'benign', c);
  for (const c of ['osm2pgsql --append --slim -d gis -H db1 x.osc.gz', 'osm2pgsql-replication update -d gis', 'osm2pgsql-replication status -d gis']) assert.equal(answer(c).decision, 'benign', c);
  assert.equal(answer('osm2pgsql -a --slim -d gis -H gis-staging-db.internal x.osc').targets_env, 'staging');
});

test('tilers, seeders and qgis_process: tilesets remade and caches emptied are writes; a source truncated or replaced is not', () => {
  for (const c of ['tippecanoe -o data/roads.geojson --force in.geojson', 'tile-join -f -o $OUT a.mbtiles', 'qgis_process run native:truncatetable -- INPUT=data/z.gpkg', 'qgis_process run native:importintopostgis -- INPUT=build/z.gpkg DATABASE=gis TABLENAME=z']) assert.notEqual(answer(c).decision, 'benign', c);
  for (const c of ['tippecanoe -o build/r.mbtiles -zg --drop-densest-as-needed in.geojson', 'tippecanoe -o tiles/r.pmtiles --force in.geojson', 'mapcache_seed -c m.xml -t t -m delete', 'mapproxy-seed -f m.yaml -s s.yaml --cleanup old', 'qgis_process run native:truncatetable -- INPUT=/tmp/p.gpkg', 'qgis_process run native:importintopostgis -- INPUT=b.gpkg DATABASE=gis OVERWRITE=false', 'qgis_process help native:truncatetable']) assert.equal(answer(c).decision, 'benign', c);
});

test('PostGIS: the Drop… management functions lose what they name; Add… and DropRasterConstraints do not', () => {
  for (const q of ["SELECT DropGeometryColumn('public', 't', 'geom')", "SELECT DropGeometryTable('t')", "SELECT topology.DropTopology('x')", "SELECT topology.DropTopoGeometryColumn('x', 't', 'topo')", "SELECT DropOverviews('public', 'dem', 'rast')"]) assert.equal(answer(q, 'sql').decision, 'destructive', q);
  for (const q of ["SELECT AddGeometryColumn('public', 'poi', 'geom', 4326, 'POINT', 2)", "SELECT DropRasterConstraints('public', 'dem', 'rast')"]) assert.equal(answer(q, 'sql').decision, 'benign', q);
});

test('imposm, pgsql2shp, martin-cp and pmtiles: -removebackup drops the backup; deploys, reads and writes name their tier', () => {
  assert.equal(answer('imposm import -config c.json -removebackup -connection postgis://osm@db1/gis').decision, 'destructive');
  for (const c of ['imposm import -config c.json -deployproduction -connection postgis://osm@db1/gis', 'imposm run -config c.json', 'pgsql2shp -f build/p -h db1 gis public.poi', 'pmtiles show build/b.pmtiles']) assert.equal(answer(c).decision, 'benign', c);
  assert.equal(answer('imposm import -config c.json -write -connection postgis://osm@gis-staging-db.internal/gis').targets_env, 'staging');
  assert.equal(answer('pmtiles upload b.pmtiles b.pmtiles --bucket=s3://tiles-prod').targets_env, 'production');
  assert.equal(answer('martin-cp --output-file build/t.mbtiles postgres://ro@gis-prod-db.internal/gis').targets_env, 'production');
});

test('shp2pgsql and raster2pgsql: their mode fixes the SQL the client reads; -d drops the table, -a, -p and -c do not', () => {
  for (const c of ['shp2pgsql -d x.shp public.t | psql -d gis', 'shp2pgsql -dI x.shp public.t | psql -d gis', 'raster2pgsql -d -t 256x256 x.tif public.dem | psql -d gis', 'shp2pgsql $MODE x.shp public.t | psql -d gis']) assert.equal(answer(c).decision, 'destructive', c);
  for (const c of ['shp2pgsql -a x.shp public.t | psql -d gis', 'shp2pgsql -p x.shp public.t | psql -d gis', 'raster2pgsql -s 4326 -t 256x256 x.tif public.dem | psql -d gis', 'shp2pgsql -d x.shp public.t > build/t.sql']) assert.equal(answer(c).decision, 'benign', c);
});
