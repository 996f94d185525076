// Search over names and aliases (aliasText holds the aliases joined, one per line).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText];
// Search over what was said.
CREATE FULLTEXT INDEX statement_quotes IF NOT EXISTS FOR (n:Statement) ON EACH [n.quote];
