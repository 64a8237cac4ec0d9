/**
 * Craftsmen and model workers (劳模工匠): profiles, honours and studios. Stories are told
 * about them and lectures are given by them; both read them through
 * {@link cn.zjgh.portal.craftsman.CraftsmanDirectory}. Organizers add and edit the
 * craftsmen of their units.
 */
package cn.zjgh.portal.craftsman;
