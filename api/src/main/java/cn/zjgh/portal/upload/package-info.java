/**
 * Pictures organizers upload from a phone (covers, portraits, photos): {@code POST
 * /uploads} takes a JPEG, PNG or WebP, recognised by its first bytes, up to
 * {@code portal.uploads.max-size}, keeps it in PostgreSQL under the SHA-256 of its bytes
 * (the same picture twice is kept once) and answers with its URL; {@code GET
 * /uploads/<sha256>.<ext>} serves it to anyone, cacheable for good since its content
 * never changes. {@code Uploads} keeps the rules; {@code UploadController} is the HTTP
 * side.
 */
package cn.zjgh.portal.upload;
