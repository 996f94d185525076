/**
 * Refuses abusive documents before they run: too many tokens (before parsing), too deep, too many aliases or
 * directives (at validation), too costly (before execution, with the variables actually sent). Also switches
 * off introspection and field suggestions where configured. Every refusal carries `extensions.code`.
 */
import { GraphQLError, Kind, type DefinitionNode, NoSchemaIntrospectionCustomRule, type FragmentDefinitionNode, type OperationDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costError, estimateNodes } from './query-cost.ts';
import type { Limits } from '../limits.ts';

export interface QueryLimitOptions {
  limits: Pick<Limits, 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxTokens' | 'maxNodesPerRequest' | 'maxPageSize'>;
  introspection: boolean;
  fieldSuggestions: boolean;
}

/** Armor's rules report through the validation context; this re-reports with a stable code. */
function coded(rule: (options: any) => ValidationRule, options: Record<string, unknown>): ValidationRule {
  return (context: ValidationContext) =>
    rule({
      ...options,
      propagateOnRejection: false,
      onReject: [
        (ctx: ValidationContext | null, error: GraphQLError) =>
          (ctx ?? context).reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { nodes: error.nodes, extensions: { code: 'QUERY_TOO_COMPLEX' } })),
      ],
    })(context);
}

export function useQueryLimits(options: QueryLimitOptions): Plugin[] {
  const { limits } = options;
  const rules: ValidationRule[] = [
    coded(maxDepthRule, { n: limits.maxDepth, flattenFragments: true }),
    coded(maxAliasesRule, { n: limits.maxAliases, allowList: [] }),
    coded(maxDirectivesRule, { n: limits.maxDirectives }),
  ];
  if (!options.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  const plugins: Plugin[] = [
    maxTokensPlugin({ n: limits.maxTokens }) as Plugin,
    {
      onValidate({ addValidationRule }) {
        for (const rule of rules) addValidationRule(rule);
      },
    },
    {
      onExecute({ args, setResultAndStopExecution }) {
        const operation = args.document.definitions.find(
          (d: DefinitionNode): d is OperationDefinitionNode =>
            d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName),
        );
        if (!operation) return;
        const fragments: Record<string, FragmentDefinitionNode> = {};
        for (const d of args.document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
        try {
          const estimate = estimateNodes({
            maxPageSize: limits.maxPageSize,
            schema: args.schema,
            operation,
            fragments,
            variables: (args.variableValues ?? {}) as Record<string, unknown>,
          });
          if (estimate > limits.maxNodesPerRequest) setResultAndStopExecution({ errors: [costError(estimate, limits.maxNodesPerRequest)] });
        } catch (error) {
          if (error instanceof GraphQLError) setResultAndStopExecution({ errors: [error] });
          else throw error;
        }
      },
    },
  ];
  if (!options.fieldSuggestions) plugins.push(blockFieldSuggestionsPlugin() as Plugin);
  return plugins;
}
