# English interface text. Keys are shared by every language; a test fails when another file
# lacks one. Only keys starting with `myth-` may use the word the practitioners avoid.

app-title = Ashiatsu, explained
app-promise = Massage with the feet beside massage with the hands: the same stroke at the same moment, with force, contact area and pressure computed live. See why, at the same comfort, a heel can press harder and reach deeper than a thumb, and where the hand holds its own.

side-foot = Ashiatsu
side-foot-sub = massage with the feet
side-hand = Hand massage
side-hand-sub = the same stroke by hand
side-foot-label = Side view of ashiatsu: the therapist stands on the table beside the client on one foot, holds the overhead bars and presses with the other foot.
side-hand-label = Side view of hand massage: the therapist stands beside the table and leans into the client's back.
stage-heading = The same stroke, side by side
stage-hint = Drag across the pictures to move through the stroke.

arrow-weight = body weight
arrow-bars = bars
arrow-normal = into the back
arrow-shear = along the skin
arrow-push = push
arrow-key = What the arrows show

back-heading = The client's back, from above
back-label = Top view of the client's back to scale, with both contact patches coloured by pressure: ashiatsu on the left of the spine, hand massage on the right.
back-label-pair = Top views of two backs to scale: on the left both feet, on the right both hands, one each side of the spine, coloured by pressure.
back-foot = feet
back-hand = hand
legend-title = Pressure
legend-limit-foot = comfort limit, feet
legend-limit-hand = comfort limit, hand
legend-note = The comfort limit is the average pressure at which each part of the contact starts to hurt (the pain threshold); the band runs from a sensitive to a tolerant client.
band = { $low }–{ $high }

readouts-heading = The numbers
readouts-quantity = Quantity
q-normal-force = Force into the back
q-shear-force = Force along the skin (what the glide is felt through)
q-contact-area = Contact area
q-mean-pressure = Average pressure
q-peak-pressure = Peak pressure
q-comfort-limit = Comfort limit (where pain starts)
q-gravity-share = Supplied by body weight
q-depth-stress = Pressure { $depth } under the skin
q-bar-force = Held by the bars
q-standing-force = On the standing foot
not-applicable = not applicable
verdict-under = Within the comfort limit
verdict-over = Past the comfort limit: the client would start to feel pain
verdict-capacity = More than the therapist can sustain
effort-foot = The standing foot carries { $standing } and the hands hold the bars with { $bars } for balance; no thumb or wrist presses. Gliding costs { $work } per stroke.
effort-foot-two = Both feet work: the arms hold the rest, { $bars }, on the bars; no thumb or wrist presses. Gliding costs { $work } per stroke.
effort-hand = Thumb and wrist joints carry { $joint }; muscle adds { $muscle } to the lean. Gliding costs { $work } per stroke.
effort-hand-spared = The hand and wrist are spared; muscle adds { $muscle } to the lean. Gliding costs { $work } per stroke.
ratio-force = At equal force, { $force } on each side, the hand's average pressure is { $ratio }× the feet's ({ $low }× to { $high }×).
ratio-force-feet = At equal force, { $force } on each side, the feet's average pressure is { $ratio }× the hand's ({ $low }× to { $high }×).
ratio-comfort = At equal comfort the feet deliver { $ratio }× the hand's force ({ $low }× to { $high }×).
ratio-comfort-hand = At equal comfort the hand delivers { $ratio }× the feet's force ({ $low }× to { $high }×).
depth-comfort = { $depth } under the skin the feet press with { $ratio }× the hand's pressure ({ $low }× to { $high }×): the broad contact reaches deeper.
depth-comfort-hand = { $depth } under the skin the hand presses with { $ratio }× the feet's pressure ({ $low }× to { $high }×): here the hand's contact reaches deeper.
depth-force = At equal force the smaller contact presses harder at depth: { $depth } under the skin, the hand { $hand }, the feet { $foot }.
depth-force-feet = At equal force, { $depth } under the skin, the feet press with { $foot }, the hand with { $hand }.
depth-advantage = A broad contact's advantage shows at equal comfort.
depth-pads = That is below each centre; below the heel or ball, not the arch, the feet press with { $foot }, the hand at most { $hand }: { $ratio }× ({ $low }× to { $high }×).
headline-moment = At the fullest moment of the stroke ({ $percent }):
hand-lifts = By hand, petrissage also grasps, lifts and squeezes the muscle; a foot can only press and roll. Only the pressing is compared here.

controls-heading = Settings
c-stroke = Stroke
stroke-compression = Compression
stroke-effleurage = Effleurage
stroke-petrissage = Petrissage
c-foot = Part of the foot
foot-sole = Whole sole
foot-heel = Heel
foot-ball = Ball of the foot
foot-arch = Arch
foot-edge = Outer edge
c-hand = Hand tool
hand-palm = Palm
hand-heel = Heel of the hand
hand-thumb = Thumb
hand-fingers = Fingertips
hand-fist = Flat fist
hand-forearm = Forearm
hand-elbow = Elbow
c-mass = Therapist's body mass
c-load = Body weight into the working foot
c-load-hint = With one foot working, the standing foot carries the rest and the bars steady you; when both feet work, the arms hold the rest on the bars.
c-lean = Lean from vertical (massage by hand)
c-compare = Compare
c-client = Client
client-sensitive = Sensitive
client-typical = Typical
client-tolerant = Tolerant
c-pair = Contacts
pair-one = One foot, one hand
pair-two = Both feet, both hands
c-foot-length = Therapist's foot length
c-foot-length-hint = Usual for this body mass: { $length }. It sizes the feet and the hands.
c-foot-length-usual = Use the usual size
c-depth = Depth in the tissue
c-depth-hint = Where the stress under the skin is read and marked.
compare-force = Equal force
compare-comfort = Equal comfort
compare-force-hint = The hand presses as hard as the foot.
compare-comfort-hint = Each side presses up to its comfort limit, where the client starts to feel pain.
c-units = Units
units-metric = Metric
units-imperial = US
c-language = Language

time-heading = Playback
play = Play
pause = Pause
step-back = Step back
step-forward = Step forward
c-speed = Speed
c-phase = Moment in the stroke
moment = { $percent } %, { $what }
moment-pressing = pressing
moment-holding = holding
moment-releasing = releasing
moment-gliding-up = gliding up the back
moment-gliding-down = gliding back down
moment-turning = turning
moment-rolling-ball = rolling onto the ball of the foot
moment-rolling-heel = rolling back onto the heel
open-full = Open the full explainer
reset = Reset all
copy-link = Copy link
link-copied = Link copied
link-copy-failed = Copy this link:

story-heading = Three differences
story-gravity-title = Gravity does the work
story-gravity-body = The ashiatsu therapist stands on the table on one foot and shifts body weight into the working foot; the bars steady the body and fine-tune the pressure. Every newton the foot presses is body weight. A therapist massaging by hand beside the table gets from body weight only what leaning allows, about a third of it at a 25° lean, and adds anything more with the shoulders, trunk and legs.
story-direction-title = The force comes from above
story-direction-body = Standing on the table above the client, the therapist presses straight down, square to the back, so all of the force goes into the tissue. A therapist massaging by hand leans in from beside the table. On oiled skin a push only holds within about 8° of square (4° to 11°, depending on the oil), so the wrists and shoulders must turn the lean downwards, and leaning gives the hand only as much body weight as the therapist's balance allows, about a third of it at a 25° lean.
story-area-title = The foot spreads the force
story-area-body = A heel or a whole sole covers many times the area of a thumb or an elbow. Pain thresholds fall as a contact grows, but more slowly than its area rises, so at the same comfort a heel can press about three and a half times a thumb's force, and three centimetres down, in the muscle, its pressure is about twice the thumb's. At the same force the thumb presses harder at every depth: the foot's advantage is comfort, not force.
show-me = Show me
show-gravity = Gravity
show-direction = From above
show-area = The point: heel and thumb

myth-title = A massage, not “back walking”
myth-body = Many people picture someone walking on their back. Ashiatsu is nothing like that: the client lies on a padded massage table, the therapist holds bars overhead and controls every gram of weight, and the strokes are the long glides, kneading and steady presses of any good massage — given with the feet.

strokes-heading = The strokes
stroke-compression-body = A slow, steady press that sinks into the muscle and releases. In ashiatsu the heel or the whole sole presses straight down.
stroke-effleurage-body = A long, gliding stroke on oiled skin, here from the middle of the back up along the muscles beside the spine to the shoulders, and lightly back.
stroke-petrissage-body = Kneading: the foot rocks and rolls from heel to ball, pressing and releasing; by hand, the palm, fingers and thumb also grasp, lift and squeeze the muscle, which a foot cannot.

notice-ignored = The link asked for “{ $key }={ $value }”, which was ignored ({ $reason }). Showing the default instead.
notice-ignored-scene = The link asked for lesson scene “{ $value }”, which was ignored ({ $reason }). Showing the first scene instead.
problem-unknown-key = no such setting
problem-unknown-value = not one of the allowed values
problem-out-of-range = outside the allowed range
problem-not-https = only https links are allowed
problem-not-a-colour = not a colour like #2f6f6a
problem-bad-scene = no such lesson scene
dismiss = Dismiss
caution-title = Caution:
caution-heavy-foot = { $force } through one foot is about the force that compresses an adult's chest 4 cm in CPR. Comfortable or not, that is more than massage should put into the back.
caution-kidney = { $who } puts { $force } over the kidney area, in the low back beside the spine under the lowest ribs. Guidance asks for light pressure there; we take light as under 1 kg.
caution-who-foot = The foot
caution-who-hand = The hand

book = Book a session
footer-note = The numbers come from a physics model built on published measurements; they describe the chosen client, not a prescription. The comfort limit is where pressure starts to hurt; for contacts larger than the measured ones it is extrapolated, and the ranges show how sure the comparison is.

panic-title = Something went wrong
panic-body = The explainer stopped. Please reload the page. If it happens again, please send these details:
panic-reload = Reload

# Presenter mode: lesson scenes (content/scenes.json names them by id).
present-scene = Scene { $number } of { $count }
present-previous = Previous scene
present-next = Next scene
present-fullscreen = Full screen
present-keys = Keys: ← → scenes · Space play/pause · F full screen · Alt+R reset
scene-misconception-title = It is a massage
scene-misconception-body = The client lies on a padded table; the therapist holds the bars and glides the foot along the muscles, like any massage — only with the feet.
scene-gravity-title = Gravity does the work
scene-gravity-body = Every newton the foot presses comes from body weight: look at “supplied by body weight”. The hand gets from leaning only what its therapist's balance allows; the rest is muscle.
scene-direction-title = Straight down, or at an angle
scene-direction-body = The foot presses square to the back. The leaning hand must keep its push within a few degrees of square or it slides on the oil; the wrists and shoulders turn the lean downwards.
scene-area-title = The same force over a larger area
scene-area-body = The same force through a heel and through a thumb: the thumb's pressure is many times higher, far above what the client finds comfortable.
scene-compression-title = Compression
scene-compression-body = A slow press and release. Watch the weight move from the standing foot into the working foot, and back; the bars only steady.
scene-effleurage-title = Effleurage
scene-effleurage-body = A long glide up the back to the shoulders, at the same force on both sides, the therapist steadied by the bars. The friction along the skin is what the client feels as the glide.
scene-petrissage-title = Petrissage
scene-petrissage-body = Kneading: the foot rocks from heel to ball and the pressure moves with it; the hand kneads with the palm.
scene-equal-force-title = Equal force
scene-equal-force-body = Both sides press equally hard. The fingertips' small area turns it into a high, painful pressure; the sole spreads it.
scene-equal-comfort-title = Equal comfort
scene-equal-comfort-body = Each side presses as hard as it can before the client feels pain. The sole delivers about twice the fingertips' force, spread over many times the area.
scene-deeper-title = Deeper, not sharper
scene-deeper-body = Both at the client's comfort limit: a heel and a thumb. Under the skin the thumb's pressure fades within a centimetre or two; the heel's broad contact keeps more of its pressure { $depth } down, in the back muscles (the headline says how much).

# Places: embedding, printing, saved settings, consultation mode.
embed-open = Embed
embed-title = Embed on your website
embed-help = Paste this into your page where the explainer should appear. It shows the current settings in a compact layout and grows to fit its content.
embed-book = Your booking page
embed-book-hint = Adds a “Book a session” button to this address.
embed-book-refused = Only an https:// address works here.
embed-accent = Your brand colour
embed-address = The explainer's address in the frame
embed-copy = Copy code
embed-copied = Copied
embed-close = Close
embed-frame-title = Ashiatsu and hand massage, side by side
print = Print handout
notice-saved-corrupt = The settings saved on this device could not be read, so the defaults are shown.
notice-language-unavailable = The texts in { $language } could not be loaded (is the device offline?), so the page stays in this language.

# The picture in words (the live description; at the fullest moment of the stroke).
describe = { $stroke } near { $landmark }: ashiatsu presses { $footForce } over { $footArea }, an average of { $footMean }, { $footVerdict }; the hand presses { $handForce } over { $handArea }, an average of { $handMean }, { $handVerdict }.
describe-under = within its comfort limit of { $limit }
describe-over = above its comfort limit of { $limit }

# Under the skin: the cross-section below each contact (docs/model.md §10).
depth-heading = Under the skin
depth-key = In the tissue, lines where the pressure falls to a half, a quarter and a tenth of the contact's peak; red dashes: the depth the numbers read.
depth-label-foot = Cross-section under the feet, to scale: the pressure in the tissue, strongest near the contact, with lines where it falls to a half, a quarter and a tenth of the peak, and a marker { $depth } deep.
depth-label-hand = Cross-section under the hand, to scale: the pressure in the tissue, strongest near the contact, with lines where it falls to a half, a quarter and a tenth of the peak, and a marker { $depth } deep.
layer-fat = fat
layer-muscle = back muscles
layer-bone = bone
contact-heading = The contacts, from below
contacts-heading = Where it presses, and how deep
profile-heading = Pressure against depth, under each contact
profile-label = A plot of the pressure in the tissue against depth under the centre of each contact, feet and hand, with the range the model's uncertainty gives, the chosen depth marked, and where the two curves cross.
profile-axis-stress = pressure in the tissue ({ $unit }) · depth in { $depthUnit } ↓
profile-feet = feet
profile-hand = hand
profile-cross = curves cross { $depth } down
contact-label = Close-up from below, to scale ({ $part }), the part that presses coloured by pressure.

# Spinal landmarks (the model names them C7 … PSIS).
landmark-c7 = C7
landmark-t4 = T4
landmark-t7 = T7
landmark-t10 = T10
landmark-l1 = L1
landmark-l4 = L4
landmark-psis = PSIS
