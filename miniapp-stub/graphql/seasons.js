module.exports = `query Seasons {
  seasons(first: 10) { edges { node { id name startsOn endsOn } } }
}`;
