// Service stations for outdoor workers (户外劳动者服务站): the nearest ones, optionally only those offering a
// service or open now; a station opens its page (report a problem, take a free meal).
const { request } = require('../../../utils/graphql');
const { here } = require('../../../utils/location');
const { ROUTES, url } = require('../../../utils/routes');
const { SERVICES, describe } = require('../../../utils/stations');
const STATIONS = require('../../../graphql/serviceStations');

Component({
  data: { stations: [], services: SERVICES, service: '', openNow: false, near: null, error: '' },
  methods: {
    onLoad() {
      return here().then((near) => {
        this.setData({ near });
        return this.load();
      });
    },
    load() {
      const variables = { near: this.data.near, first: 20 };
      if (this.data.service) {
        variables.service = this.data.service;
      }
      if (this.data.openNow) {
        variables.openNow = true;
      }
      return request(STATIONS, variables)
        .then((data) => this.setData({ stations: data.serviceStations.edges.map((edge) => describe(edge.node)), error: '' }))
        .catch((error) => this.setData({ error: error.message }));
    },
    pickService(event) {
      const service = event.currentTarget.dataset.service;
      this.setData({ service: service === this.data.service ? '' : service });
      return this.load();
    },
    toggleOpenNow() {
      this.setData({ openNow: !this.data.openNow });
      return this.load();
    },
    open(event) {
      wx.navigateTo({ url: url(ROUTES.stationDetail, { id: event.currentTarget.dataset.id }) });
    }
  }
});
