module.exports = `mutation UpdateClassroom($input: UpdateClassroomInput!) {
  updateClassroom(input: $input) { classroom { id name mode address districtCode capacity liveUrl orgUnit { id name } } }
}`;
