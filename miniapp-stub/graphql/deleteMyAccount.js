module.exports = `mutation DeleteMyAccount {
  deleteMyAccount(input: { confirm: true }) { deleted }
}`;
