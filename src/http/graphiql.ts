/**
 * The example queries GraphiQL opens with: the founding article's story, told as queries.
 */
export const EXAMPLE_QUERY = `# Stancegraph: who said, authorized and reversed what, traced to the article and sentence.
# Run a query with the ▶ button; pick another operation from its menu.

# 1. Who called land mines "reckless", and when?
query RecklessStatement {
  search(text: "Biden", types: [Person], first: 1) {
    entity {
      name
      ... on Person {
        statements(first: 5, about: "policy:trump-landmine-policy") {
          nodes { quote date { text precision } context sources { sentence article { title } } }
        }
      }
    }
  }
}

# 2. What did the White House say in 2022, and who said it?
query WhiteHouse2022 {
  statements(from: "2022-01-01", to: "2022-12-31", first: 10) {
    nodes {
      quote
      date { text }
      speaker { name ... on Person { title affiliations { to { ... on Entity { name } } } } }
      sources { sentence }
    }
  }
}

# 3. What did Biden authorize, and what did he reverse?
query BidenDecisions {
  entityByName(name: "President Joe Biden") {
    name
    ... on Person {
      authorizations(first: 10) {
        edges {
          date { text }
          node { ... on Authorization { policy { name effect conditions inForce appliesTo { role to { ... on Entity { name } } } } } }
          sources { sentence }
        }
      }
      reversals(first: 10) {
        edges {
          date { text }
          node { ... on Reversal { target { ... on Policy { name } ... on Statement { quote } } } }
          sources { sentence }
        }
      }
    }
  }
}

# 4. The timeline of Biden's stance on land mines, oldest first.
query LandmineTimeline {
  statements(about: "weapon:antipersonnel-landmines", first: 20) {
    nodes { date { text } speaker { name } quote }
  }
  authorizations(first: 20) {
    nodes { date { text } ... on Authorization { actor { name } policy { name effect } } }
  }
}
`;
