module.exports = `mutation SetSeatInService($roomId: ID!, $seatNo: Int!, $inService: Boolean!) {
  setSeatInService(input: { roomId: $roomId, seatNo: $seatNo, inService: $inService }) { seat { seatNo inService } }
}`;
