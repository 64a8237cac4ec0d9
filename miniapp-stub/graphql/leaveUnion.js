module.exports = `mutation LeaveUnion {
  leaveUnion(input: { confirm: true }) { membership { orgUnit { id name } memberNo since until } }
}`;
