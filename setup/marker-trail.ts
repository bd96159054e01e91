import { shallowRef } from 'vue'

/** A verdict marker the presenter followed: the slide it sat on and the check it meant. */
export interface MarkerTrail { from: number, check: string }

// One per window: the marker sets it, the check row it meant shows it and offers the way back.
export const markerTrail = shallowRef<MarkerTrail>()
