// Every operation the mini-program sends must be valid against the portal's schema.
const fs = require('fs');
const path = require('path');
const { buildSchema, parse, validate } = require('graphql');

const schemaDir = path.join(__dirname, '..', '..', 'schema');
const files = fs.readdirSync(schemaDir).filter((file) => file.endsWith('.graphqls'))
  .sort((a, b) => (a === 'common.graphqls' ? -1 : b === 'common.graphqls' ? 1 : a.localeCompare(b)));
const schema = buildSchema(files.map((file) => fs.readFileSync(path.join(schemaDir, file), 'utf8')).join('\n'));

const operationsDir = path.join(__dirname, '..', 'graphql');
const operations = fs.readdirSync(operationsDir).filter((file) => file.endsWith('.js'));

test('the operations are all there', () => {
  expect(operations.length).toBeGreaterThanOrEqual(20);
});

test.each(operations)('%s is valid against the schema', (file) => {
  const document = parse(require(path.join(operationsDir, file)));
  expect(validate(schema, document).map((error) => error.message)).toEqual([]);
});

test('a broken operation is caught', () => {
  const errors = validate(schema, parse('query { popularEvents(town: "x") { edges { node { nonsense } } } }'));
  expect(errors.length).toBeGreaterThan(0);
});
