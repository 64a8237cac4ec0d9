module.exports = `mutation CreateReadingRoom($input: CreateReadingRoomInput!) {
  createReadingRoom(input: $input) {
    room { id name address seatCount deskCode deskQrCode upcomingClosures { date reason } }
  }
}`;
