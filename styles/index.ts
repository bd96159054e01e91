// Self-hosted Latin subset, only the two weights the deck uses: nothing is fetched at run time.
import '@fontsource/source-sans-3/latin-400.css'
import '@fontsource/source-sans-3/latin-700.css'
import './deck.css'
import './print.css'
