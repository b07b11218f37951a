// The incident map: Pakistan's outlines drawn from pakistan.json (no tile server, the desk works offline)
// and one divIcon marker per located incident. Leaflet is the classic script loaded before this module.
import { el } from './dom.js';

const L = window.L;
const COUNTRY_STYLE = { color: '#1d2430', weight: 2, fill: false, interactive: false };
const PROVINCE_STYLE = { color: '#8a94a3', weight: 1, fillColor: '#fbfbf6', fillOpacity: 1, interactive: false };

// Area grows with casualties, but a massacre must not hide its neighbours.
export function markerSize(incident) {
  const n = (incident.killed || 0) + (incident.injured || 0);
  return Math.round(Math.min(10 + 4 * Math.sqrt(n), 44));
}

export function describeIncident(incident) {
  const toll = [];
  if (incident.killed != null) toll.push(`${incident.killed} killed`);
  if (incident.injured != null) toll.push(`${incident.injured} injured`);
  return [incident.type, incident.date, incident.place, toll.join(', ')].filter(Boolean).join(' · ');
}

// Sets the contract's data attributes on the icon element itself, which a plain L.divIcon cannot.
const IncidentIcon = L.DivIcon.extend({
  createIcon(oldIcon) {
    const div = L.DivIcon.prototype.createIcon.call(this, oldIcon);
    const incident = this.options.incident;
    div.dataset.id = incident.id;
    div.dataset.type = incident.type || '';
    div.dataset.place = incident.place || '';
    div.title = describeIncident(incident);
    div.setAttribute('role', 'button');
    div.setAttribute('aria-label', div.title);
    return div;
  },
});

export function createMap(containerId, { onOpen }) {
  const map = L.map(containerId, { zoomSnap: 0.25, minZoom: 4, maxZoom: 12 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth (public domain) · Leaflet');
  map.setView([30.0, 69.5], 5);
  // Province names sit under the incidents, never on top of them.
  map.createPane('labels');
  map.getPane('labels').style.zIndex = 450;
  map.getPane('labels').style.pointerEvents = 'none';
  const markers = new Map();
  const layer = L.layerGroup().addTo(map);
  let selectedId = '';

  fetch('/desk/pakistan.json')
    .then((response) => response.json())
    .then((geo) => drawOutlines(map, geo))
    .catch(() => {
      // the incidents still show on a blank background; nothing to tell the analyst beyond the missing outlines
    });

  let entries = [];

  function show(incidents) {
    layer.clearLayers();
    markers.clear();
    // Biggest first, so the smaller markers sit on top of them and stay clickable.
    entries = incidents
      .filter((incident) => incident.lat != null && incident.lon != null)
      .map((incident) => ({ incident, size: markerSize(incident) }))
      .sort((a, b) => b.size - a.size);
    for (const { incident } of entries) {
      // keyboard: Leaflet turns Enter on a focused marker into the same click.
      const marker = L.marker([incident.lat, incident.lon], { riseOnHover: true, keyboard: true })
        .on('click', () => onOpen(incident.id));
      markers.set(incident.id, marker);
    }
    layout();
    for (const marker of markers.values()) marker.addTo(layer);
    const unplaced = incidents.length - entries.length;
    const note = document.getElementById('map-note');
    note.textContent = unplaced ? `${unplaced} of ${incidents.length} incidents have no known coordinates: they are in the register only.` : '';
    note.hidden = !unplaced;
    select(selectedId);
  }

  // Incidents a few pixels apart (the airport and the university in Karachi at country zoom) would hide
  // each other: each one near an already placed marker is fanned out on a spiral. Redone at every zoom.
  function layout() {
    const placed = [];
    entries.forEach(({ incident, size }, order) => {
      const marker = markers.get(incident.id);
      const point = map.latLngToLayerPoint(marker.getLatLng());
      const crowd = placed.filter((p) => p.distanceTo(point) < 12).length;
      placed.push(point);
      const radius = crowd ? 10 + 4 * crowd : 0;
      const icon = new IncidentIcon({
        className: `incident-marker type-${incident.type || 'ATTACK'}`,
        iconSize: [size, size],
        iconAnchor: [size / 2 - Math.cos(crowd * 2.4) * radius, size / 2 - Math.sin(crowd * 2.4) * radius],
        incident,
      });
      marker.setIcon(icon);
      marker.options.zIndexBase = order;
    });
    select(selectedId);
  }
  map.on('zoomend', layout);

  // Chosen from the register, the incident may lie outside the view: bring it in without changing the zoom.
  function reveal(id) {
    const marker = markers.get(id);
    if (marker && !map.getBounds().contains(marker.getLatLng())) map.panTo(marker.getLatLng());
  }

  function select(id) {
    selectedId = id || '';
    for (const [markerId, marker] of markers) {
      marker.getElement()?.classList.toggle('selected', markerId === selectedId);
      marker.setZIndexOffset(markerId === selectedId ? 100000 : (marker.options.zIndexBase || 0) * 1000);
    }
  }

  return { show, select, reveal, leaflet: map };
}

function drawOutlines(map, geo) {
  const provinces = geo.features.filter((f) => f.properties.level === 'province');
  const country = geo.features.filter((f) => f.properties.level === 'country');
  L.geoJSON({ type: 'FeatureCollection', features: provinces }, { style: () => PROVINCE_STYLE }).addTo(map);
  const outline = L.geoJSON({ type: 'FeatureCollection', features: country }, { style: () => COUNTRY_STYLE }).addTo(map);
  for (const feature of provinces) {
    // Too small (or too narrow beside Khyber Pakhtunkhwa) to label at country zoom.
    if (feature.properties.iso_3166_2 === 'PK-IS' || feature.properties.iso_3166_2 === 'PK-JK') continue;
    const center = L.geoJSON(feature).getBounds().getCenter();
    L.marker(center, {
      interactive: false,
      keyboard: false,
      pane: 'labels',
      icon: L.divIcon({ className: 'province-label', html: el('span', { text: feature.properties.name_en }), iconSize: null }),
    }).addTo(map);
  }
  map.fitBounds(outline.getBounds(), { padding: [8, 8] });
}
