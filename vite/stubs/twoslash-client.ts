// Stands in for TwoSlash's popup plugin, which Slidev installs on every deck: this deck has
// no code blocks, so there is nothing for it to pop up over.
export default { install() {} }
