// Stands in for Slidev's v-motion and v-mark directives (with their animation and
// hand-drawn-mark libraries): no slide here uses them, and the build fails if one does.
const none = () => ({ install() {} })
export const createVMotionDirectives = none
export const createVMarkDirective = none
