/**
 * The cost model: how many nodes a request may return, estimated before it runs. Each connection multiplies
 * what is below it by its page size, read from the literal or the variable actually sent (a static rule that
 * reads only literal `first` misses `first: $n`); capped lists multiply by their cap.
 */
import {
  GraphQLError,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  valueFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** Lists without paging arguments, and the most items the Cypher behind them returns. */
const LIST_CAPS: Record<string, number> = {
  about: 100,
  affiliations: 100,
  members: 100,
  policies: 100,
  authorizedBy: 100,
  reversedBy: 100,
  reverses: 100,
  concerns: 100,
  appliesTo: 100,
  mentions: 500,
  // Sources are the articles behind one fact: few in practice, counted generously.
  sources: 10,
  aliases: 1,
  conditions: 1,
  entityIds: 1,
};

/** Arguments that size a list, in the order they are looked for. */
const SIZE_ARGUMENTS = ['first', 'limit'];

function isList(type: GraphQLType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

export interface CostInput {
  maxPageSize: number;
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** Estimated nodes the operation may return. */
export function estimateNodes({ maxPageSize, schema, operation, fragments, variables }: CostInput): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  const sizeOf = (field: GraphQLField<unknown, unknown>, node: FieldNode): number => {
    for (const name of SIZE_ARGUMENTS) {
      const def = field.args.find((a) => a.name === name);
      if (!def) continue;
      const ast = node.arguments?.find((a) => a.name.value === name);
      const value = ast ? valueFromAST(ast.value, def.type, variables as Record<string, unknown>) : def.defaultValue;
      if (typeof value !== 'number' || !Number.isFinite(value)) continue;
      // Connection pages are checked here, before anything runs, with the values actually sent.
      if (getNamedType(field.type).name.endsWith('Connection') && (value < 1 || value > maxPageSize)) {
        throw new GraphQLError(`${name} must be between 1 and ${maxPageSize}; got ${value}`, {
          nodes: [node],
          extensions: { code: 'BAD_USER_INPUT', argument: name, min: 1, max: maxPageSize },
        });
      }
      return Math.max(1, value);
    }
    if (isList(field.type)) return LIST_CAPS[field.name] ?? 100;
    return 1;
  };

  const walk = (parent: GraphQLNamedType, set: SelectionSetNode, multiplier: number, seen: Set<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        if (selection.name.value.startsWith('__')) continue;
        if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        const size = sizeOf(field, selection);
        // A connection's edges and nodes are its items: the page size applies once, at the connection.
        const isWrapper = ['edges', 'nodes', 'node', 'pageInfo'].includes(field.name);
        const here = isWrapper ? multiplier : multiplier * size;
        if (!isWrapper) total += here;
        if (selection.selectionSet) total += walk(getNamedType(field.type), selection.selectionSet, here, seen);
      } else if (selection.kind === 'InlineFragment') {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) ?? parent : parent;
        total += walk(type, selection.selectionSet, multiplier, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || seen.has(name)) continue; // cycles are a validation error already
        const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
        total += walk(type, fragment.selectionSet, multiplier, new Set([...seen, name]));
      }
    }
    return total;
  };

  return walk(root, operation.selectionSet, 1, new Set());
}

export function costError(estimate: number, budget: number): GraphQLError {
  return new GraphQLError(
    `The query may return about ${Math.round(estimate).toLocaleString('en-US')} nodes; the limit is ${budget.toLocaleString('en-US')}. Ask for smaller pages or fewer nested lists.`,
    { extensions: { code: 'QUERY_TOO_COMPLEX', cost: Math.round(estimate), budget, http: { status: 400 } } },
  );
}
