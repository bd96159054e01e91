import './fonts.css'
import './deck.css'
import './print.css'
