/** The inbox tests' places: Helsinki, Espoo and Turku, their cities as authorities, a Helsinki handler, one pack deployed in Helsinki (id 1) and Turku (id 2). */
export const INBOX_PLACES_SQL = `
    INSERT INTO municipalities VALUES ('091','Helsinki','Helsingfors','fi-sv','01'),('049','Espoo','Esbo','fi-sv','01'),('853','Turku','Åbo','fi-sv','02');
    INSERT INTO authorities VALUES ('municipality-091','municipality','Helsingin kaupunki','Helsingfors stad','City of Helsinki'),
      ('municipality-853','municipality','Turun kaupunki','Åbo stad','City of Turku');
    INSERT INTO users (email,name,password_hash,role,authority_id) VALUES ('kaisa.kasittelija@hel.example','Kaisa Käsittelijä','x','handler','municipality-091');
    INSERT INTO packs (slug, draft_json, draft_updated_at) VALUES ('event-organising','{}','2026-01-01T00:00:00Z');
    INSERT INTO deployments (authority_id, pack_id, pack_version, service_id) VALUES ('municipality-091',1,1,'public-event'),('municipality-853',1,1,'public-event');
  `;
