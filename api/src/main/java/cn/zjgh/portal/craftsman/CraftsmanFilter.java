package cn.zjgh.portal.craftsman;

import jakarta.validation.constraints.Size;

record CraftsmanFilter(Honour honour, @Size(max = 50) String trade, Long orgUnitId, @Size(max = 50) String keyword) {

}
