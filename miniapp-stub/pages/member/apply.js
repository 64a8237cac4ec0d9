// Joining the union (pages/member/apply, the "rejected" message): the worker's latest application
// and why it was turned down, and a form to apply (again). The union is the one of ?unit=, else the
// one last applied to, else the worker's own.
const { request } = require('../../utils/graphql');
const { asMe } = require('../../utils/me');
const { ROUTES, params, url } = require('../../utils/routes');
const MY_APPLICATION = require('../../graphql/myMembershipApplication');
const APPLY = require('../../graphql/applyForMembership');

const STATUS = { PENDING: '审核中', APPROVED: '已通过', REJECTED: '未通过', WITHDRAWN: '已撤回' };

Component({
  data: {
    membership: null, application: null, statusText: '', unit: null,
    form: { realName: '', employer: '' }, busy: false, error: '', errorCode: '',
    cardUrl: url(ROUTES.memberCard), meUrl: url(ROUTES.me)
  },
  methods: {
    onLoad(options) {
      this.unitId = params(options).unit || null;
      return asMe(MY_APPLICATION)
        .then((data) => {
          const me = data.me || {};
          const application = me.membershipApplication || null;
          const unit = this.unitId ? { id: this.unitId, name: '' } : (application && application.orgUnit) || me.orgUnit || null;
          this.show(application);
          this.setData({ membership: me.membership || null, unit,
            form: { realName: (application && application.realName) || '', employer: (application && application.employer) || '' } });
        })
        .catch((error) => this.setData({ error: error.message, errorCode: error.code }));
    },
    show(application) {
      this.setData({ application, statusText: application ? STATUS[application.status] || application.status : '' });
    },
    input(event) {
      this.setData({ ['form.' + event.currentTarget.dataset.field]: event.detail.value });
    },
    submit() {
      const form = this.data.form;
      const realName = String(form.realName || '').trim();
      const employer = String(form.employer || '').trim();
      if (!this.data.unit) {
        this.setData({ error: '请通过工会的入会链接申请', errorCode: '' });
        return Promise.resolve();
      }
      if (realName.length < 2 || realName.length > 30 || !employer) {
        this.setData({ error: '请填写身份证上的姓名和工作单位', errorCode: '' });
        return Promise.resolve();
      }
      this.setData({ busy: true, error: '', errorCode: '' });
      return request(APPLY, { input: { orgUnitId: this.data.unit.id, realName, employer } })
        .then((data) => {
          this.show(data.applyForMembership.application);
          wx.showToast({ title: '已提交申请' });
        })
        .catch((error) => this.setData({ error: error.message, errorCode: error.code }))
        .then(() => this.setData({ busy: false }));
    }
  }
});
