package rhythm

// LeaveKind says why a day is registered as not working.
type LeaveKind string

// The kinds of leave.
const (
	Vacation LeaveKind = "vacation"
	Sick     LeaveKind = "sick"
	Training LeaveKind = "training"
	Other    LeaveKind = "other"
)

// LeaveKinds lists every kind of leave.
var LeaveKinds = []LeaveKind{Vacation, Sick, Training, Other}

// Leave is one date registered as not working.
type Leave struct {
	Date Date
	Kind LeaveKind
}
