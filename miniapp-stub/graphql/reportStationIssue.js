module.exports = `mutation ReportStationIssue($stationId: ID!, $kind: StationIssueKind!, $note: String) {
  reportStationIssue(input: { stationId: $stationId, kind: $kind, note: $note }) {
    issue { id kind status }
  }
}`;
