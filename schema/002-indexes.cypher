// Range indexes behind the lookups and orderings the API serves.
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.dateFrom, n.id);
CREATE INDEX statement_status IF NOT EXISTS FOR (n:Statement) ON (n.status);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.dateFrom, n.id);
// Facts that live on relationships are found by id (confirm, reject, retract) and by date.
CREATE INDEX said_id IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.id);
CREATE INDEX authorized_id IF NOT EXISTS FOR ()-[r:AUTHORIZED]-() ON (r.id);
CREATE INDEX authorized_date IF NOT EXISTS FOR ()-[r:AUTHORIZED]-() ON (r.dateFrom);
CREATE INDEX reversed_id IF NOT EXISTS FOR ()-[r:REVERSED]-() ON (r.id);
CREATE INDEX reversed_date IF NOT EXISTS FOR ()-[r:REVERSED]-() ON (r.dateFrom);
CREATE INDEX about_id IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.id);
CREATE INDEX concerns_id IF NOT EXISTS FOR ()-[r:CONCERNS]-() ON (r.id);
CREATE INDEX applies_to_id IF NOT EXISTS FOR ()-[r:APPLIES_TO]-() ON (r.id);
CREATE INDEX member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id);
CREATE INDEX speaks_for_id IF NOT EXISTS FOR ()-[r:SPEAKS_FOR]-() ON (r.id);
// The review queue finds unconfirmed facts by status.
CREATE INDEX authorized_status IF NOT EXISTS FOR ()-[r:AUTHORIZED]-() ON (r.status);
CREATE INDEX reversed_status IF NOT EXISTS FOR ()-[r:REVERSED]-() ON (r.status);
CREATE INDEX about_status IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.status);
CREATE INDEX concerns_status IF NOT EXISTS FOR ()-[r:CONCERNS]-() ON (r.status);
CREATE INDEX applies_to_status IF NOT EXISTS FOR ()-[r:APPLIES_TO]-() ON (r.status);
CREATE INDEX member_of_status IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.status);
CREATE INDEX speaks_for_status IF NOT EXISTS FOR ()-[r:SPEAKS_FOR]-() ON (r.status);
