// Where the portal's GraphQL API is. In WeChat DevTools, point it at the portal you run locally
// (tick "不校验合法域名" for http://localhost); in production, the HTTPS domain of the portal.
module.exports = {
  graphqlUrl: 'http://localhost:8080/graphql'
};
