package vn.motcua.desk.register;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.calendar.Appointment;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.dossier.ReturnMethod;

/**
 * The appointment and fee section of the registration form: channel, return method, number of sets, summary and
 * notes as typed, and what follows from them and the chosen procedure: the processing time and fees line and the
 * appointment, recomputed live (read-only).
 */
public final class AppointmentSection {
    /** Computes an appointment (the calendar service on the desk). */
    interface Calculator {
        Appointment appointment(LocalDateTime receivedAt, Procedure procedure, Channel channel);
    }

    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.DIRECT);
    private final ObjectProperty<ReturnMethod> returnMethod = new SimpleObjectProperty<>(ReturnMethod.COUNTER);
    private final IntegerProperty sets = new SimpleIntegerProperty(1);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Appointment> appointment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper appointmentText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper provisionalCalendar = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper procedureInfo = new ReadOnlyStringWrapper("");

    private final ObservableObjectValue<Procedure> procedure;
    private final Calculator calculator;
    private final Clock clock;
    private final TaskExecutor tasks;
    private final Messages m;
    private long generation;

    AppointmentSection(ObservableObjectValue<Procedure> procedure, Calculator calculator, Clock clock,
                       TaskExecutor tasks, Messages messages) {
        this.procedure = procedure;
        this.calculator = calculator;
        this.clock = clock;
        this.tasks = tasks;
        this.m = messages;
        procedure.addListener((obs, old, now) -> refresh());
        channel.addListener((obs, old, now) -> refresh());
    }

    /** Recomputes the appointment for "now" (the view calls this as inputs change and once a minute). */
    public void refresh() {
        Procedure p = procedure.get();
        long mine = ++generation;
        if (p == null) {
            procedureInfo.set("");
            show(null, m.t("register.appointment.pick"));
            return;
        }
        procedureInfo.set(m.t("register.procedure.info", p.field().name(), time(p), fees(p)));
        if (p.noFixedAppointment()) {
            show(null, m.t("register.noFixedAppointment"));
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        Channel ch = channel.get();
        BackgroundTask.wrap(() -> calculator.appointment(now, p, ch))
                .onSuccess(a -> {
                    if (mine == generation) {
                        show(a, describe(a.appointmentAt()));
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        show(null, ErrorMessages.of(e, m));
                    }
                })
                .executeWith(tasks);
    }

    private void show(Appointment a, String text) {
        appointment.set(a);
        appointmentText.set(text);
        provisionalCalendar.set(a != null && a.provisionalCalendar());
    }

    private String time(Procedure p) {
        if (p.noFixedAppointment()) {
            return m.t("register.noFixedAppointment");
        }
        var t = p.timeFor(channel.get());
        if (!m.english()) {
            return t.toVietnamese();
        }
        String unit = m.of("timeUnit", t.unit());
        return t.unit() == vn.motcua.domain.catalog.TimeUnit.SAME_DAY ? unit : t.value() + " " + unit;
    }

    private String fees(Procedure p) {
        return p.fees().isEmpty() || p.totalFeeVnd() == 0 ? m.t("register.fees.none")
                : m.t("register.fees.amount", String.format("%,d", p.totalFeeVnd()).replace(',', '.'));
    }

    /** "Thứ Tư, 06/05/2026 lúc 15:30". */
    String describe(LocalDateTime t) {
        return m.t("register.appointment.value", m.t("weekday." + t.getDayOfWeek().name()),
                Formats.date(t.toLocalDate()), String.format("%02d:%02d", t.getHour(), t.getMinute()));
    }

    /** Puts a draft's values back. */
    void restore(RegistrationDraft d) {
        channel.set(RegisterViewModel.enumOr(Channel.class, d.channel(), Channel.DIRECT));
        returnMethod.set(RegisterViewModel.enumOr(ReturnMethod.class, d.returnMethod(), ReturnMethod.COUNTER));
        sets.set(Math.max(1, d.sets()));
        summary.set(d.summary() == null ? "" : d.summary());
        notes.set(d.notes() == null ? "" : d.notes());
    }

    void reset() {
        channel.set(Channel.DIRECT);
        returnMethod.set(ReturnMethod.COUNTER);
        sets.set(1);
        summary.set("");
        notes.set("");
    }

    List<StringProperty> textInputs() {
        return List.of(summary, notes);
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObjectProperty<ReturnMethod> returnMethodProperty() {
        return returnMethod;
    }

    public IntegerProperty setsProperty() {
        return sets;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The appointment for "now", or null (no procedure, no fixed appointment, not computable). */
    public ReadOnlyObjectProperty<Appointment> appointmentProperty() {
        return appointment.getReadOnlyProperty();
    }

    /** The appointment as the clerk reads it, or why there is none. */
    public ReadOnlyStringProperty appointmentTextProperty() {
        return appointmentText.getReadOnlyProperty();
    }

    /** True when the appointment falls in a year whose official calendar is not loaded yet. */
    public ReadOnlyBooleanProperty provisionalCalendarProperty() {
        return provisionalCalendar.getReadOnlyProperty();
    }

    /** Field, processing time and fees of the chosen procedure. */
    public ReadOnlyStringProperty procedureInfoProperty() {
        return procedureInfo.getReadOnlyProperty();
    }
}
