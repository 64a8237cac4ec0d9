module.exports = `mutation CreateClassroom($input: CreateClassroomInput!) {
  createClassroom(input: $input) { classroom { id name mode address districtCode capacity liveUrl orgUnit { id name } } }
}`;
