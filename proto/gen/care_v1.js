/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const care = $root.care = (() => {

    /**
     * Namespace care.
     * @exports care
     * @namespace
     */
    const care = {};

    care.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof care
         * @namespace
         */
        const v1 = {};

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} care.v1.Envelope.$Properties
             * @property {string|null} [deviceId] Envelope deviceId
             * @property {string|null} [bootId] Envelope bootId
             * @property {number|null} [seq] Envelope seq
             * @property {number|null} [deviceTimeMs] Envelope deviceTimeMs
             * @property {number|null} [monotonicMs] Envelope monotonicMs
             * @property {number|null} [schemaVersion] Envelope schemaVersion
             * @property {string|null} [siteId] Envelope siteId
             * @property {care.v1.SampleBatch.$Properties|null} [samples] Envelope samples
             * @property {care.v1.Observation.$Properties|null} [observation] Envelope observation
             * @property {care.v1.Prediction.$Properties|null} [prediction] Envelope prediction
             * @property {care.v1.Alert.$Properties|null} [alert] Envelope alert
             * @property {care.v1.DeviceStatus.$Properties|null} [status] Envelope status
             * @property {care.v1.Event.$Properties|null} [event] Envelope event
             * @property {care.v1.Command.$Properties|null} [command] Envelope command
             * @property {care.v1.CommandAck.$Properties|null} [commandAck] Envelope commandAck
             * @property {"samples"|"observation"|"prediction"|"alert"|"status"|"event"|"command"|"commandAck"} [payload] Envelope payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof care.v1
             * @interface IEnvelope
             * @augments care.v1.Envelope.$Properties
             * @deprecated Use care.v1.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   deviceId?: string|null;
             *   bootId?: string|null;
             *   seq?: number|null;
             *   deviceTimeMs?: number|null;
             *   monotonicMs?: number|null;
             *   schemaVersion?: number|null;
             *   siteId?: string|null;
             *   samples?: care.v1.SampleBatch.$Shape|null;
             *   observation?: care.v1.Observation.$Shape|null;
             *   prediction?: care.v1.Prediction.$Shape|null;
             *   alert?: care.v1.Alert.$Shape|null;
             *   status?: care.v1.DeviceStatus.$Shape|null;
             *   event?: care.v1.Event.$Shape|null;
             *   command?: care.v1.Command.$Shape|null;
             *   commandAck?: care.v1.CommandAck.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ payload?: undefined; samples?: null; observation?: null; prediction?: null; alert?: null; status?: null; event?: null; command?: null; commandAck?: null }|{ payload?: "samples"; samples: care.v1.SampleBatch.$Shape; observation?: null; prediction?: null; alert?: null; status?: null; event?: null; command?: null; commandAck?: null }|{ payload?: "observation"; samples?: null; observation: care.v1.Observation.$Shape; prediction?: null; alert?: null; status?: null; event?: null; command?: null; commandAck?: null }|{ payload?: "prediction"; samples?: null; observation?: null; prediction: care.v1.Prediction.$Shape; alert?: null; status?: null; event?: null; command?: null; commandAck?: null }|{ payload?: "alert"; samples?: null; observation?: null; prediction?: null; alert: care.v1.Alert.$Shape; status?: null; event?: null; command?: null; commandAck?: null }|{ payload?: "status"; samples?: null; observation?: null; prediction?: null; alert?: null; status: care.v1.DeviceStatus.$Shape; event?: null; command?: null; commandAck?: null }|{ payload?: "event"; samples?: null; observation?: null; prediction?: null; alert?: null; status?: null; event: care.v1.Event.$Shape; command?: null; commandAck?: null }|{ payload?: "command"; samples?: null; observation?: null; prediction?: null; alert?: null; status?: null; event?: null; command: care.v1.Command.$Shape; commandAck?: null }|{ payload?: "commandAck"; samples?: null; observation?: null; prediction?: null; alert?: null; status?: null; event?: null; command?: null; commandAck: care.v1.CommandAck.$Shape })
             * )} care.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof care.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {care.v1.Envelope.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Envelope deviceId.
             * @member {string} deviceId
             * @memberof care.v1.Envelope
             * @instance
             */
            Envelope.prototype.deviceId = "";

            /**
             * Envelope bootId.
             * @member {string} bootId
             * @memberof care.v1.Envelope
             * @instance
             */
            Envelope.prototype.bootId = "";

            /**
             * Envelope seq.
             * @member {number} seq
             * @memberof care.v1.Envelope
             * @instance
             */
            Envelope.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Envelope deviceTimeMs.
             * @member {number} deviceTimeMs
             * @memberof care.v1.Envelope
             * @instance
             */
            Envelope.prototype.deviceTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Envelope monotonicMs.
             * @member {number} monotonicMs
             * @memberof care.v1.Envelope
             * @instance
             */
            Envelope.prototype.monotonicMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Envelope schemaVersion.
             * @member {number} schemaVersion
             * @memberof care.v1.Envelope
             * @instance
             */
            Envelope.prototype.schemaVersion = 0;

            /**
             * Envelope siteId.
             * @member {string} siteId
             * @memberof care.v1.Envelope
             * @instance
             */
            Envelope.prototype.siteId = "";

            /**
             * Envelope samples.
             * @member {care.v1.SampleBatch.$Properties|null|undefined} samples
             * @memberof care.v1.Envelope
             * @instance
             */
            Envelope.prototype.samples = null;

            /**
             * Envelope observation.
             * @member {care.v1.Observation.$Properties|null|undefined} observation
             * @memberof care.v1.Envelope
             * @instance
             */
            Envelope.prototype.observation = null;

            /**
             * Envelope prediction.
             * @member {care.v1.Prediction.$Properties|null|undefined} prediction
             * @memberof care.v1.Envelope
             * @instance
             */
            Envelope.prototype.prediction = null;

            /**
             * Envelope alert.
             * @member {care.v1.Alert.$Properties|null|undefined} alert
             * @memberof care.v1.Envelope
             * @instance
             */
            Envelope.prototype.alert = null;

            /**
             * Envelope status.
             * @member {care.v1.DeviceStatus.$Properties|null|undefined} status
             * @memberof care.v1.Envelope
             * @instance
             */
            Envelope.prototype.status = null;

            /**
             * Envelope event.
             * @member {care.v1.Event.$Properties|null|undefined} event
             * @memberof care.v1.Envelope
             * @instance
             */
            Envelope.prototype.event = null;

            /**
             * Envelope command.
             * @member {care.v1.Command.$Properties|null|undefined} command
             * @memberof care.v1.Envelope
             * @instance
             */
            Envelope.prototype.command = null;

            /**
             * Envelope commandAck.
             * @member {care.v1.CommandAck.$Properties|null|undefined} commandAck
             * @memberof care.v1.Envelope
             * @instance
             */
            Envelope.prototype.commandAck = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope payload.
             * @member {"samples"|"observation"|"prediction"|"alert"|"status"|"event"|"command"|"commandAck"|undefined} payload
             * @memberof care.v1.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "payload", {
                get: $util.oneOfGetter($oneOfFields = ["samples", "observation", "prediction", "alert", "status", "event", "command", "commandAck"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof care.v1.Envelope
             * @static
             * @param {care.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {care.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: care.v1.Envelope.$Shape): care.v1.Envelope & care.v1.Envelope.$Shape;
             *   (properties?: care.v1.Envelope.$Properties): care.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link care.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof care.v1.Envelope
             * @static
             * @param {care.v1.Envelope.$Properties} m Envelope message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.deviceId);
                if (m.bootId != null && $Object.hasOwnProperty.call(m, "bootId") && m.bootId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.bootId);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.seq);
                if (m.deviceTimeMs != null && $Object.hasOwnProperty.call(m, "deviceTimeMs") && (typeof m.deviceTimeMs === "object" ? m.deviceTimeMs.low || m.deviceTimeMs.high : m.deviceTimeMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.deviceTimeMs);
                if (m.monotonicMs != null && $Object.hasOwnProperty.call(m, "monotonicMs") && (typeof m.monotonicMs === "object" ? m.monotonicMs.low || m.monotonicMs.high : m.monotonicMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.monotonicMs);
                if (m.schemaVersion != null && $Object.hasOwnProperty.call(m, "schemaVersion") && m.schemaVersion !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.schemaVersion);
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId") && m.siteId !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.siteId);
                if (m.samples != null && $Object.hasOwnProperty.call(m, "samples"))
                    $root.care.v1.SampleBatch.encode(m.samples, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.observation != null && $Object.hasOwnProperty.call(m, "observation"))
                    $root.care.v1.Observation.encode(m.observation, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.prediction != null && $Object.hasOwnProperty.call(m, "prediction"))
                    $root.care.v1.Prediction.encode(m.prediction, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.alert != null && $Object.hasOwnProperty.call(m, "alert"))
                    $root.care.v1.Alert.encode(m.alert, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.care.v1.DeviceStatus.encode(m.status, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (m.event != null && $Object.hasOwnProperty.call(m, "event"))
                    $root.care.v1.Event.encode(m.event, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (m.command != null && $Object.hasOwnProperty.call(m, "command"))
                    $root.care.v1.Command.encode(m.command, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (m.commandAck != null && $Object.hasOwnProperty.call(m, "commandAck"))
                    $root.care.v1.CommandAck.encode(m.commandAck, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link care.v1.Envelope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof care.v1.Envelope
             * @static
             * @param {care.v1.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof care.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {care.v1.Envelope & care.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.care.v1.Envelope();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deviceId = v;
                            else
                                delete m.deviceId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.bootId = v;
                            else
                                delete m.bootId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.deviceTimeMs = v;
                            else
                                delete m.deviceTimeMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.monotonicMs = v;
                            else
                                delete m.monotonicMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.schemaVersion = v;
                            else
                                delete m.schemaVersion;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.siteId = v;
                            else
                                delete m.siteId;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.samples = $root.care.v1.SampleBatch.decode(r, r.size(), $undefined, q + 1, m.samples);
                            m.payload = "samples";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.observation = $root.care.v1.Observation.decode(r, r.size(), $undefined, q + 1, m.observation);
                            m.payload = "observation";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.prediction = $root.care.v1.Prediction.decode(r, r.size(), $undefined, q + 1, m.prediction);
                            m.payload = "prediction";
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.alert = $root.care.v1.Alert.decode(r, r.size(), $undefined, q + 1, m.alert);
                            m.payload = "alert";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.status = $root.care.v1.DeviceStatus.decode(r, r.size(), $undefined, q + 1, m.status);
                            m.payload = "status";
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.event = $root.care.v1.Event.decode(r, r.size(), $undefined, q + 1, m.event);
                            m.payload = "event";
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            m.command = $root.care.v1.Command.decode(r, r.size(), $undefined, q + 1, m.command);
                            m.payload = "command";
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            m.commandAck = $root.care.v1.CommandAck.decode(r, r.size(), $undefined, q + 1, m.commandAck);
                            m.payload = "commandAck";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof care.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {care.v1.Envelope & care.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Envelope message.
             * @function verify
             * @memberof care.v1.Envelope
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Envelope.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isString(m.deviceId))
                        return "deviceId: string expected";
                }
                if (m.bootId != null && $Object.hasOwnProperty.call(m, "bootId")) {
                    if (!$util.isString(m.bootId))
                        return "bootId: string expected";
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (!$util.isInteger(m.seq) && !(m.seq && $util.isInteger(m.seq.low) && $util.isInteger(m.seq.high)))
                        return "seq: integer|Long expected";
                }
                if (m.deviceTimeMs != null && $Object.hasOwnProperty.call(m, "deviceTimeMs")) {
                    if (!$util.isInteger(m.deviceTimeMs) && !(m.deviceTimeMs && $util.isInteger(m.deviceTimeMs.low) && $util.isInteger(m.deviceTimeMs.high)))
                        return "deviceTimeMs: integer|Long expected";
                }
                if (m.monotonicMs != null && $Object.hasOwnProperty.call(m, "monotonicMs")) {
                    if (!$util.isInteger(m.monotonicMs) && !(m.monotonicMs && $util.isInteger(m.monotonicMs.low) && $util.isInteger(m.monotonicMs.high)))
                        return "monotonicMs: integer|Long expected";
                }
                if (m.schemaVersion != null && $Object.hasOwnProperty.call(m, "schemaVersion")) {
                    if (!$util.isInteger(m.schemaVersion))
                        return "schemaVersion: integer expected";
                }
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId")) {
                    if (!$util.isString(m.siteId))
                        return "siteId: string expected";
                }
                if (m.samples != null && $Object.hasOwnProperty.call(m, "samples")) {
                    p.payload = 1;
                    {
                        var e = $root.care.v1.SampleBatch.verify(m.samples, q + 1);
                        if (e)
                            return "samples." + e;
                    }
                }
                if (m.observation != null && $Object.hasOwnProperty.call(m, "observation")) {
                    if (p.payload === 1)
                        return "payload: multiple values";
                    p.payload = 1;
                    {
                        var e = $root.care.v1.Observation.verify(m.observation, q + 1);
                        if (e)
                            return "observation." + e;
                    }
                }
                if (m.prediction != null && $Object.hasOwnProperty.call(m, "prediction")) {
                    if (p.payload === 1)
                        return "payload: multiple values";
                    p.payload = 1;
                    {
                        var e = $root.care.v1.Prediction.verify(m.prediction, q + 1);
                        if (e)
                            return "prediction." + e;
                    }
                }
                if (m.alert != null && $Object.hasOwnProperty.call(m, "alert")) {
                    if (p.payload === 1)
                        return "payload: multiple values";
                    p.payload = 1;
                    {
                        var e = $root.care.v1.Alert.verify(m.alert, q + 1);
                        if (e)
                            return "alert." + e;
                    }
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (p.payload === 1)
                        return "payload: multiple values";
                    p.payload = 1;
                    {
                        var e = $root.care.v1.DeviceStatus.verify(m.status, q + 1);
                        if (e)
                            return "status." + e;
                    }
                }
                if (m.event != null && $Object.hasOwnProperty.call(m, "event")) {
                    if (p.payload === 1)
                        return "payload: multiple values";
                    p.payload = 1;
                    {
                        var e = $root.care.v1.Event.verify(m.event, q + 1);
                        if (e)
                            return "event." + e;
                    }
                }
                if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                    if (p.payload === 1)
                        return "payload: multiple values";
                    p.payload = 1;
                    {
                        var e = $root.care.v1.Command.verify(m.command, q + 1);
                        if (e)
                            return "command." + e;
                    }
                }
                if (m.commandAck != null && $Object.hasOwnProperty.call(m, "commandAck")) {
                    if (p.payload === 1)
                        return "payload: multiple values";
                    p.payload = 1;
                    {
                        var e = $root.care.v1.CommandAck.verify(m.commandAck, q + 1);
                        if (e)
                            return "commandAck." + e;
                    }
                }
                return null;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof care.v1.Envelope
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {care.v1.Envelope} Envelope
             */
            Envelope.fromObject = function (d, q) {
                if (d instanceof $root.care.v1.Envelope)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".care.v1.Envelope: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.care.v1.Envelope();
                if (d.deviceId != null) {
                    if (typeof d.deviceId !== "string" || d.deviceId.length) {
                        m.deviceId = $String(d.deviceId);
                    }
                }
                if (d.bootId != null) {
                    if (typeof d.bootId !== "string" || d.bootId.length) {
                        m.bootId = $String(d.bootId);
                    }
                }
                if (d.seq != null) {
                    if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                        if ($util.Long)
                            m.seq = $util.Long.fromValue(d.seq, true);
                        else if (typeof d.seq === "string")
                            m.seq = $parseInt(d.seq, 10);
                        else if (typeof d.seq === "number")
                            m.seq = d.seq;
                        else if (typeof d.seq === "object")
                            m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                    }
                }
                if (d.deviceTimeMs != null) {
                    if (typeof d.deviceTimeMs === "object" ? d.deviceTimeMs.low || d.deviceTimeMs.high : $Number(d.deviceTimeMs) !== 0) {
                        if ($util.Long)
                            m.deviceTimeMs = $util.Long.fromValue(d.deviceTimeMs, false);
                        else if (typeof d.deviceTimeMs === "string")
                            m.deviceTimeMs = $parseInt(d.deviceTimeMs, 10);
                        else if (typeof d.deviceTimeMs === "number")
                            m.deviceTimeMs = d.deviceTimeMs;
                        else if (typeof d.deviceTimeMs === "object")
                            m.deviceTimeMs = new $util.LongBits(d.deviceTimeMs.low >>> 0, d.deviceTimeMs.high >>> 0).toNumber();
                    }
                }
                if (d.monotonicMs != null) {
                    if (typeof d.monotonicMs === "object" ? d.monotonicMs.low || d.monotonicMs.high : $Number(d.monotonicMs) !== 0) {
                        if ($util.Long)
                            m.monotonicMs = $util.Long.fromValue(d.monotonicMs, false);
                        else if (typeof d.monotonicMs === "string")
                            m.monotonicMs = $parseInt(d.monotonicMs, 10);
                        else if (typeof d.monotonicMs === "number")
                            m.monotonicMs = d.monotonicMs;
                        else if (typeof d.monotonicMs === "object")
                            m.monotonicMs = new $util.LongBits(d.monotonicMs.low >>> 0, d.monotonicMs.high >>> 0).toNumber();
                    }
                }
                if (d.schemaVersion != null) {
                    if ($Number(d.schemaVersion) !== 0) {
                        m.schemaVersion = d.schemaVersion >>> 0;
                    }
                }
                if (d.siteId != null) {
                    if (typeof d.siteId !== "string" || d.siteId.length) {
                        m.siteId = $String(d.siteId);
                    }
                }
                if (d.samples != null) {
                    if (!$util.isObject(d.samples))
                        throw $TypeError(".care.v1.Envelope.samples: object expected");
                    m.samples = $root.care.v1.SampleBatch.fromObject(d.samples, q + 1);
                }
                if (d.observation != null) {
                    if (!$util.isObject(d.observation))
                        throw $TypeError(".care.v1.Envelope.observation: object expected");
                    m.observation = $root.care.v1.Observation.fromObject(d.observation, q + 1);
                }
                if (d.prediction != null) {
                    if (!$util.isObject(d.prediction))
                        throw $TypeError(".care.v1.Envelope.prediction: object expected");
                    m.prediction = $root.care.v1.Prediction.fromObject(d.prediction, q + 1);
                }
                if (d.alert != null) {
                    if (!$util.isObject(d.alert))
                        throw $TypeError(".care.v1.Envelope.alert: object expected");
                    m.alert = $root.care.v1.Alert.fromObject(d.alert, q + 1);
                }
                if (d.status != null) {
                    if (!$util.isObject(d.status))
                        throw $TypeError(".care.v1.Envelope.status: object expected");
                    m.status = $root.care.v1.DeviceStatus.fromObject(d.status, q + 1);
                }
                if (d.event != null) {
                    if (!$util.isObject(d.event))
                        throw $TypeError(".care.v1.Envelope.event: object expected");
                    m.event = $root.care.v1.Event.fromObject(d.event, q + 1);
                }
                if (d.command != null) {
                    if (!$util.isObject(d.command))
                        throw $TypeError(".care.v1.Envelope.command: object expected");
                    m.command = $root.care.v1.Command.fromObject(d.command, q + 1);
                }
                if (d.commandAck != null) {
                    if (!$util.isObject(d.commandAck))
                        throw $TypeError(".care.v1.Envelope.commandAck: object expected");
                    m.commandAck = $root.care.v1.CommandAck.fromObject(d.commandAck, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof care.v1.Envelope
             * @static
             * @param {care.v1.Envelope} m Envelope
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.deviceId = "";
                    d.bootId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.deviceTimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.deviceTimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.monotonicMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.monotonicMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.schemaVersion = 0;
                    d.siteId = "";
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.bootId != null && $Object.hasOwnProperty.call(m, "bootId")) {
                    d.bootId = m.bootId;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                    else if (typeof m.seq === "number")
                        d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                    else
                        d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                }
                if (m.deviceTimeMs != null && $Object.hasOwnProperty.call(m, "deviceTimeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.deviceTimeMs = typeof m.deviceTimeMs === "number" ? $BigInt(m.deviceTimeMs) : $util.Long.fromBits(m.deviceTimeMs.low >>> 0, m.deviceTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.deviceTimeMs === "number")
                        d.deviceTimeMs = o.longs === $String ? $String(m.deviceTimeMs) : m.deviceTimeMs;
                    else
                        d.deviceTimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.deviceTimeMs) : o.longs === $Number ? new $util.LongBits(m.deviceTimeMs.low >>> 0, m.deviceTimeMs.high >>> 0).toNumber() : m.deviceTimeMs;
                }
                if (m.monotonicMs != null && $Object.hasOwnProperty.call(m, "monotonicMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.monotonicMs = typeof m.monotonicMs === "number" ? $BigInt(m.monotonicMs) : $util.Long.fromBits(m.monotonicMs.low >>> 0, m.monotonicMs.high >>> 0, false).toBigInt();
                    else if (typeof m.monotonicMs === "number")
                        d.monotonicMs = o.longs === $String ? $String(m.monotonicMs) : m.monotonicMs;
                    else
                        d.monotonicMs = o.longs === $String ? $util.Long.prototype.toString.call(m.monotonicMs) : o.longs === $Number ? new $util.LongBits(m.monotonicMs.low >>> 0, m.monotonicMs.high >>> 0).toNumber() : m.monotonicMs;
                }
                if (m.schemaVersion != null && $Object.hasOwnProperty.call(m, "schemaVersion")) {
                    d.schemaVersion = m.schemaVersion;
                }
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId")) {
                    d.siteId = m.siteId;
                }
                if (m.samples != null && $Object.hasOwnProperty.call(m, "samples")) {
                    d.samples = $root.care.v1.SampleBatch.toObject(m.samples, o, q + 1);
                    if (o.oneofs)
                        d.payload = "samples";
                }
                if (m.observation != null && $Object.hasOwnProperty.call(m, "observation")) {
                    d.observation = $root.care.v1.Observation.toObject(m.observation, o, q + 1);
                    if (o.oneofs)
                        d.payload = "observation";
                }
                if (m.prediction != null && $Object.hasOwnProperty.call(m, "prediction")) {
                    d.prediction = $root.care.v1.Prediction.toObject(m.prediction, o, q + 1);
                    if (o.oneofs)
                        d.payload = "prediction";
                }
                if (m.alert != null && $Object.hasOwnProperty.call(m, "alert")) {
                    d.alert = $root.care.v1.Alert.toObject(m.alert, o, q + 1);
                    if (o.oneofs)
                        d.payload = "alert";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = $root.care.v1.DeviceStatus.toObject(m.status, o, q + 1);
                    if (o.oneofs)
                        d.payload = "status";
                }
                if (m.event != null && $Object.hasOwnProperty.call(m, "event")) {
                    d.event = $root.care.v1.Event.toObject(m.event, o, q + 1);
                    if (o.oneofs)
                        d.payload = "event";
                }
                if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                    d.command = $root.care.v1.Command.toObject(m.command, o, q + 1);
                    if (o.oneofs)
                        d.payload = "command";
                }
                if (m.commandAck != null && $Object.hasOwnProperty.call(m, "commandAck")) {
                    d.commandAck = $root.care.v1.CommandAck.toObject(m.commandAck, o, q + 1);
                    if (o.oneofs)
                        d.payload = "commandAck";
                }
                return d;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof care.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof care.v1.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/care.v1.Envelope";
            };

            return Envelope;
        })();

        /**
         * SensorKind enum.
         * @name care.v1.SensorKind
         * @enum {number}
         * @property {number} SENSOR_KIND_UNSPECIFIED=0 SENSOR_KIND_UNSPECIFIED value
         * @property {number} SENSOR_KIND_BLADDER=1 SENSOR_KIND_BLADDER value
         * @property {number} SENSOR_KIND_BED=2 SENSOR_KIND_BED value
         * @property {number} SENSOR_KIND_SUIT=3 SENSOR_KIND_SUIT value
         */
        v1.SensorKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SENSOR_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SENSOR_KIND_BLADDER"] = 1;
            values[valuesById[2] = "SENSOR_KIND_BED"] = 2;
            values[valuesById[3] = "SENSOR_KIND_SUIT"] = 3;
            return values;
        })();

        v1.SampleBatch = (function() {

            /**
             * Properties of a SampleBatch.
             * @typedef {Object} care.v1.SampleBatch.$Properties
             * @property {string|null} [sensorId] SampleBatch sensorId
             * @property {care.v1.SensorKind|null} [sensorKind] SampleBatch sensorKind
             * @property {string|null} [stream] SampleBatch stream
             * @property {Array.<string>|null} [channelNames] SampleBatch channelNames
             * @property {Array.<number>|null} [values] SampleBatch values
             * @property {number|null} [scale] SampleBatch scale
             * @property {number|null} [offset] SampleBatch offset
             * @property {string|null} [unit] SampleBatch unit
             * @property {number|null} [startTimeUs] SampleBatch startTimeUs
             * @property {number|null} [samplePeriodUs] SampleBatch samplePeriodUs
             * @property {Array.<number>|null} [sampleOffsetsUs] SampleBatch sampleOffsetsUs
             * @property {number|null} [firstSensorSeq] SampleBatch firstSensorSeq
             * @property {number|null} [gapBefore] SampleBatch gapBefore
             * @property {Array.<number>|null} [channelScales] SampleBatch channelScales
             * @property {Array.<string>|null} [channelUnits] SampleBatch channelUnits
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SampleBatch.
             * @memberof care.v1
             * @interface ISampleBatch
             * @augments care.v1.SampleBatch.$Properties
             * @deprecated Use care.v1.SampleBatch.$Properties instead.
             */

            /**
             * Shape of a SampleBatch.
             * @typedef {care.v1.SampleBatch.$Properties} care.v1.SampleBatch.$Shape
             */

            /**
             * Constructs a new SampleBatch.
             * @memberof care.v1
             * @classdesc Represents a SampleBatch.
             * @constructor
             * @param {care.v1.SampleBatch.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SampleBatch = function (p) {
                this.channelNames = [];
                this.values = [];
                this.sampleOffsetsUs = [];
                this.channelScales = [];
                this.channelUnits = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SampleBatch sensorId.
             * @member {string} sensorId
             * @memberof care.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.sensorId = "";

            /**
             * SampleBatch sensorKind.
             * @member {care.v1.SensorKind} sensorKind
             * @memberof care.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.sensorKind = 0;

            /**
             * SampleBatch stream.
             * @member {string} stream
             * @memberof care.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.stream = "";

            /**
             * SampleBatch channelNames.
             * @member {Array.<string>} channelNames
             * @memberof care.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.channelNames = $util.emptyArray;

            /**
             * SampleBatch values.
             * @member {Array.<number>} values
             * @memberof care.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.values = $util.emptyArray;

            /**
             * SampleBatch scale.
             * @member {number} scale
             * @memberof care.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.scale = 0;

            /**
             * SampleBatch offset.
             * @member {number} offset
             * @memberof care.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.offset = 0;

            /**
             * SampleBatch unit.
             * @member {string} unit
             * @memberof care.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.unit = "";

            /**
             * SampleBatch startTimeUs.
             * @member {number} startTimeUs
             * @memberof care.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.startTimeUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SampleBatch samplePeriodUs.
             * @member {number} samplePeriodUs
             * @memberof care.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.samplePeriodUs = 0;

            /**
             * SampleBatch sampleOffsetsUs.
             * @member {Array.<number>} sampleOffsetsUs
             * @memberof care.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.sampleOffsetsUs = $util.emptyArray;

            /**
             * SampleBatch firstSensorSeq.
             * @member {number} firstSensorSeq
             * @memberof care.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.firstSensorSeq = 0;

            /**
             * SampleBatch gapBefore.
             * @member {number} gapBefore
             * @memberof care.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.gapBefore = 0;

            /**
             * SampleBatch channelScales.
             * @member {Array.<number>} channelScales
             * @memberof care.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.channelScales = $util.emptyArray;

            /**
             * SampleBatch channelUnits.
             * @member {Array.<string>} channelUnits
             * @memberof care.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.channelUnits = $util.emptyArray;

            /**
             * Creates a new SampleBatch instance using the specified properties.
             * @function create
             * @memberof care.v1.SampleBatch
             * @static
             * @param {care.v1.SampleBatch.$Properties=} [properties] Properties to set
             * @returns {care.v1.SampleBatch} SampleBatch instance
             * @type {{
             *   (properties: care.v1.SampleBatch.$Shape): care.v1.SampleBatch & care.v1.SampleBatch.$Shape;
             *   (properties?: care.v1.SampleBatch.$Properties): care.v1.SampleBatch;
             * }}
             */
            SampleBatch.create = function(properties) {
                return new SampleBatch(properties);
            };

            /**
             * Encodes the specified SampleBatch message. Does not implicitly {@link care.v1.SampleBatch.verify|verify} messages.
             * @function encode
             * @memberof care.v1.SampleBatch
             * @static
             * @param {care.v1.SampleBatch.$Properties} m SampleBatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SampleBatch.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId") && m.sensorId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.sensorId);
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind") && m.sensorKind !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.sensorKind);
                if (m.stream != null && $Object.hasOwnProperty.call(m, "stream") && m.stream !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.stream);
                if (m.channelNames != null && m.channelNames.length) {
                    for (var i = 0; i < m.channelNames.length; ++i)
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.channelNames[i]);
                }
                if (m.values != null && m.values.length) {
                    w.uint32(/* id 5, wireType 2 =*/42).sint32s(m.values);
                }
                if (m.scale != null && $Object.hasOwnProperty.call(m, "scale") && !$Object.is(m.scale, 0))
                    w.uint32(/* id 6, wireType 1 =*/49).double(m.scale);
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && !$Object.is(m.offset, 0))
                    w.uint32(/* id 7, wireType 1 =*/57).double(m.offset);
                if (m.unit != null && $Object.hasOwnProperty.call(m, "unit") && m.unit !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.unit);
                if (m.startTimeUs != null && $Object.hasOwnProperty.call(m, "startTimeUs") && (typeof m.startTimeUs === "object" ? m.startTimeUs.low || m.startTimeUs.high : m.startTimeUs !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).int64(m.startTimeUs);
                if (m.samplePeriodUs != null && $Object.hasOwnProperty.call(m, "samplePeriodUs") && m.samplePeriodUs !== 0)
                    w.uint32(/* id 10, wireType 0 =*/80).uint32(m.samplePeriodUs);
                if (m.sampleOffsetsUs != null && m.sampleOffsetsUs.length) {
                    w.uint32(/* id 11, wireType 2 =*/90).uint32s(m.sampleOffsetsUs);
                }
                if (m.firstSensorSeq != null && $Object.hasOwnProperty.call(m, "firstSensorSeq") && m.firstSensorSeq !== 0)
                    w.uint32(/* id 12, wireType 0 =*/96).uint32(m.firstSensorSeq);
                if (m.gapBefore != null && $Object.hasOwnProperty.call(m, "gapBefore") && m.gapBefore !== 0)
                    w.uint32(/* id 13, wireType 0 =*/104).uint32(m.gapBefore);
                if (m.channelScales != null && m.channelScales.length) {
                    w.uint32(/* id 14, wireType 2 =*/114).doubles(m.channelScales);
                }
                if (m.channelUnits != null && m.channelUnits.length) {
                    for (var i = 0; i < m.channelUnits.length; ++i)
                        w.uint32(/* id 15, wireType 2 =*/122).string(m.channelUnits[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SampleBatch message, length delimited. Does not implicitly {@link care.v1.SampleBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof care.v1.SampleBatch
             * @static
             * @param {care.v1.SampleBatch.$Properties} message SampleBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SampleBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SampleBatch message from the specified reader or buffer.
             * @function decode
             * @memberof care.v1.SampleBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {care.v1.SampleBatch & care.v1.SampleBatch.$Shape} SampleBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SampleBatch.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.care.v1.SampleBatch();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sensorId = v;
                            else
                                delete m.sensorId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.sensorKind = v;
                            else
                                delete m.sensorKind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.stream = v;
                            else
                                delete m.stream;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.channelNames && m.channelNames.length))
                                m.channelNames = [];
                            m.channelNames.push(r.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (u === 2) {
                                if (!(m.values && m.values.length))
                                    m.values = [];
                                r.sint32s(m.values);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.values && m.values.length))
                                m.values = [];
                            m.values.push(r.sint32());
                            continue;
                        }
                    case 6: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.scale = v;
                            else
                                delete m.scale;
                            continue;
                        }
                    case 7: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.offset = v;
                            else
                                delete m.offset;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.unit = v;
                            else
                                delete m.unit;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.startTimeUs = v;
                            else
                                delete m.startTimeUs;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.samplePeriodUs = v;
                            else
                                delete m.samplePeriodUs;
                            continue;
                        }
                    case 11: {
                            if (u === 2) {
                                if (!(m.sampleOffsetsUs && m.sampleOffsetsUs.length))
                                    m.sampleOffsetsUs = [];
                                r.uint32s(m.sampleOffsetsUs);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.sampleOffsetsUs && m.sampleOffsetsUs.length))
                                m.sampleOffsetsUs = [];
                            m.sampleOffsetsUs.push(r.uint32());
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.firstSensorSeq = v;
                            else
                                delete m.firstSensorSeq;
                            continue;
                        }
                    case 13: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.gapBefore = v;
                            else
                                delete m.gapBefore;
                            continue;
                        }
                    case 14: {
                            if (u === 2) {
                                if (!(m.channelScales && m.channelScales.length))
                                    m.channelScales = [];
                                r.doubles(m.channelScales);
                                continue;
                            }
                            if (u !== 1)
                                break;
                            if (!(m.channelScales && m.channelScales.length))
                                m.channelScales = [];
                            m.channelScales.push(r.double());
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            if (!(m.channelUnits && m.channelUnits.length))
                                m.channelUnits = [];
                            m.channelUnits.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SampleBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof care.v1.SampleBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {care.v1.SampleBatch & care.v1.SampleBatch.$Shape} SampleBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SampleBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SampleBatch message.
             * @function verify
             * @memberof care.v1.SampleBatch
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SampleBatch.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId")) {
                    if (!$util.isString(m.sensorId))
                        return "sensorId: string expected";
                }
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind")) {
                    if (typeof m.sensorKind !== "number" || (m.sensorKind | 0) !== m.sensorKind)
                        return "sensorKind: enum value expected";
                }
                if (m.stream != null && $Object.hasOwnProperty.call(m, "stream")) {
                    if (!$util.isString(m.stream))
                        return "stream: string expected";
                }
                if (m.channelNames != null && $Object.hasOwnProperty.call(m, "channelNames")) {
                    if (!$Array.isArray(m.channelNames))
                        return "channelNames: array expected";
                    for (var i = 0; i < m.channelNames.length; ++i) {
                        if (!$util.isString(m.channelNames[i]))
                            return "channelNames: string[] expected";
                    }
                }
                if (m.values != null && $Object.hasOwnProperty.call(m, "values")) {
                    if (!$Array.isArray(m.values))
                        return "values: array expected";
                    for (var i = 0; i < m.values.length; ++i) {
                        if (!$util.isInteger(m.values[i]))
                            return "values: integer[] expected";
                    }
                }
                if (m.scale != null && $Object.hasOwnProperty.call(m, "scale")) {
                    if (typeof m.scale !== "number")
                        return "scale: number expected";
                }
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                    if (typeof m.offset !== "number")
                        return "offset: number expected";
                }
                if (m.unit != null && $Object.hasOwnProperty.call(m, "unit")) {
                    if (!$util.isString(m.unit))
                        return "unit: string expected";
                }
                if (m.startTimeUs != null && $Object.hasOwnProperty.call(m, "startTimeUs")) {
                    if (!$util.isInteger(m.startTimeUs) && !(m.startTimeUs && $util.isInteger(m.startTimeUs.low) && $util.isInteger(m.startTimeUs.high)))
                        return "startTimeUs: integer|Long expected";
                }
                if (m.samplePeriodUs != null && $Object.hasOwnProperty.call(m, "samplePeriodUs")) {
                    if (!$util.isInteger(m.samplePeriodUs))
                        return "samplePeriodUs: integer expected";
                }
                if (m.sampleOffsetsUs != null && $Object.hasOwnProperty.call(m, "sampleOffsetsUs")) {
                    if (!$Array.isArray(m.sampleOffsetsUs))
                        return "sampleOffsetsUs: array expected";
                    for (var i = 0; i < m.sampleOffsetsUs.length; ++i) {
                        if (!$util.isInteger(m.sampleOffsetsUs[i]))
                            return "sampleOffsetsUs: integer[] expected";
                    }
                }
                if (m.firstSensorSeq != null && $Object.hasOwnProperty.call(m, "firstSensorSeq")) {
                    if (!$util.isInteger(m.firstSensorSeq))
                        return "firstSensorSeq: integer expected";
                }
                if (m.gapBefore != null && $Object.hasOwnProperty.call(m, "gapBefore")) {
                    if (!$util.isInteger(m.gapBefore))
                        return "gapBefore: integer expected";
                }
                if (m.channelScales != null && $Object.hasOwnProperty.call(m, "channelScales")) {
                    if (!$Array.isArray(m.channelScales))
                        return "channelScales: array expected";
                    for (var i = 0; i < m.channelScales.length; ++i) {
                        if (typeof m.channelScales[i] !== "number")
                            return "channelScales: number[] expected";
                    }
                }
                if (m.channelUnits != null && $Object.hasOwnProperty.call(m, "channelUnits")) {
                    if (!$Array.isArray(m.channelUnits))
                        return "channelUnits: array expected";
                    for (var i = 0; i < m.channelUnits.length; ++i) {
                        if (!$util.isString(m.channelUnits[i]))
                            return "channelUnits: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a SampleBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof care.v1.SampleBatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {care.v1.SampleBatch} SampleBatch
             */
            SampleBatch.fromObject = function (d, q) {
                if (d instanceof $root.care.v1.SampleBatch)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".care.v1.SampleBatch: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.care.v1.SampleBatch();
                if (d.sensorId != null) {
                    if (typeof d.sensorId !== "string" || d.sensorId.length) {
                        m.sensorId = $String(d.sensorId);
                    }
                }
                if (d.sensorKind !== 0 && (typeof d.sensorKind !== "string" || $root.care.v1.SensorKind[d.sensorKind] !== 0)) {
                    switch (d.sensorKind) {
                    case "SENSOR_KIND_UNSPECIFIED":
                    case 0:
                        m.sensorKind = 0;
                        break;
                    case "SENSOR_KIND_BLADDER":
                    case 1:
                        m.sensorKind = 1;
                        break;
                    case "SENSOR_KIND_BED":
                    case 2:
                        m.sensorKind = 2;
                        break;
                    case "SENSOR_KIND_SUIT":
                    case 3:
                        m.sensorKind = 3;
                        break;
                    default:
                        if (typeof d.sensorKind === "number" && (d.sensorKind | 0) === d.sensorKind)
                            m.sensorKind = d.sensorKind;
                    }
                }
                if (d.stream != null) {
                    if (typeof d.stream !== "string" || d.stream.length) {
                        m.stream = $String(d.stream);
                    }
                }
                if (d.channelNames) {
                    if (!$Array.isArray(d.channelNames))
                        throw $TypeError(".care.v1.SampleBatch.channelNames: array expected");
                    m.channelNames = $Array(d.channelNames.length);
                    for (var i = 0; i < d.channelNames.length; ++i) {
                        m.channelNames[i] = $String(d.channelNames[i]);
                    }
                }
                if (d.values) {
                    if (!$Array.isArray(d.values))
                        throw $TypeError(".care.v1.SampleBatch.values: array expected");
                    m.values = $Array(d.values.length);
                    for (var i = 0; i < d.values.length; ++i) {
                        m.values[i] = d.values[i] | 0;
                    }
                }
                if (d.scale != null) {
                    if (!$Object.is($Number(d.scale), 0)) {
                        m.scale = $Number(d.scale);
                    }
                }
                if (d.offset != null) {
                    if (!$Object.is($Number(d.offset), 0)) {
                        m.offset = $Number(d.offset);
                    }
                }
                if (d.unit != null) {
                    if (typeof d.unit !== "string" || d.unit.length) {
                        m.unit = $String(d.unit);
                    }
                }
                if (d.startTimeUs != null) {
                    if (typeof d.startTimeUs === "object" ? d.startTimeUs.low || d.startTimeUs.high : $Number(d.startTimeUs) !== 0) {
                        if ($util.Long)
                            m.startTimeUs = $util.Long.fromValue(d.startTimeUs, false);
                        else if (typeof d.startTimeUs === "string")
                            m.startTimeUs = $parseInt(d.startTimeUs, 10);
                        else if (typeof d.startTimeUs === "number")
                            m.startTimeUs = d.startTimeUs;
                        else if (typeof d.startTimeUs === "object")
                            m.startTimeUs = new $util.LongBits(d.startTimeUs.low >>> 0, d.startTimeUs.high >>> 0).toNumber();
                    }
                }
                if (d.samplePeriodUs != null) {
                    if ($Number(d.samplePeriodUs) !== 0) {
                        m.samplePeriodUs = d.samplePeriodUs >>> 0;
                    }
                }
                if (d.sampleOffsetsUs) {
                    if (!$Array.isArray(d.sampleOffsetsUs))
                        throw $TypeError(".care.v1.SampleBatch.sampleOffsetsUs: array expected");
                    m.sampleOffsetsUs = $Array(d.sampleOffsetsUs.length);
                    for (var i = 0; i < d.sampleOffsetsUs.length; ++i) {
                        m.sampleOffsetsUs[i] = d.sampleOffsetsUs[i] >>> 0;
                    }
                }
                if (d.firstSensorSeq != null) {
                    if ($Number(d.firstSensorSeq) !== 0) {
                        m.firstSensorSeq = d.firstSensorSeq >>> 0;
                    }
                }
                if (d.gapBefore != null) {
                    if ($Number(d.gapBefore) !== 0) {
                        m.gapBefore = d.gapBefore >>> 0;
                    }
                }
                if (d.channelScales) {
                    if (!$Array.isArray(d.channelScales))
                        throw $TypeError(".care.v1.SampleBatch.channelScales: array expected");
                    m.channelScales = $Array(d.channelScales.length);
                    for (var i = 0; i < d.channelScales.length; ++i) {
                        m.channelScales[i] = $Number(d.channelScales[i]);
                    }
                }
                if (d.channelUnits) {
                    if (!$Array.isArray(d.channelUnits))
                        throw $TypeError(".care.v1.SampleBatch.channelUnits: array expected");
                    m.channelUnits = $Array(d.channelUnits.length);
                    for (var i = 0; i < d.channelUnits.length; ++i) {
                        m.channelUnits[i] = $String(d.channelUnits[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SampleBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof care.v1.SampleBatch
             * @static
             * @param {care.v1.SampleBatch} m SampleBatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SampleBatch.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.channelNames = [];
                    d.values = [];
                    d.sampleOffsetsUs = [];
                    d.channelScales = [];
                    d.channelUnits = [];
                }
                if (o.defaults) {
                    d.sensorId = "";
                    d.sensorKind = o.enums === $String ? "SENSOR_KIND_UNSPECIFIED" : 0;
                    d.stream = "";
                    d.scale = 0;
                    d.offset = 0;
                    d.unit = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.startTimeUs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.startTimeUs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.samplePeriodUs = 0;
                    d.firstSensorSeq = 0;
                    d.gapBefore = 0;
                }
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId")) {
                    d.sensorId = m.sensorId;
                }
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind")) {
                    d.sensorKind = o.enums === $String ? $root.care.v1.SensorKind[m.sensorKind] === $undefined ? m.sensorKind : $root.care.v1.SensorKind[m.sensorKind] : m.sensorKind;
                }
                if (m.stream != null && $Object.hasOwnProperty.call(m, "stream")) {
                    d.stream = m.stream;
                }
                if (m.channelNames && m.channelNames.length) {
                    d.channelNames = $Array(m.channelNames.length);
                    for (var j = 0; j < m.channelNames.length; ++j) {
                        d.channelNames[j] = m.channelNames[j];
                    }
                }
                if (m.values && m.values.length) {
                    d.values = $Array(m.values.length);
                    for (var j = 0; j < m.values.length; ++j) {
                        d.values[j] = m.values[j];
                    }
                }
                if (m.scale != null && $Object.hasOwnProperty.call(m, "scale")) {
                    d.scale = o.json && !$isFinite(m.scale) ? $String(m.scale) : m.scale;
                }
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                    d.offset = o.json && !$isFinite(m.offset) ? $String(m.offset) : m.offset;
                }
                if (m.unit != null && $Object.hasOwnProperty.call(m, "unit")) {
                    d.unit = m.unit;
                }
                if (m.startTimeUs != null && $Object.hasOwnProperty.call(m, "startTimeUs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.startTimeUs = typeof m.startTimeUs === "number" ? $BigInt(m.startTimeUs) : $util.Long.fromBits(m.startTimeUs.low >>> 0, m.startTimeUs.high >>> 0, false).toBigInt();
                    else if (typeof m.startTimeUs === "number")
                        d.startTimeUs = o.longs === $String ? $String(m.startTimeUs) : m.startTimeUs;
                    else
                        d.startTimeUs = o.longs === $String ? $util.Long.prototype.toString.call(m.startTimeUs) : o.longs === $Number ? new $util.LongBits(m.startTimeUs.low >>> 0, m.startTimeUs.high >>> 0).toNumber() : m.startTimeUs;
                }
                if (m.samplePeriodUs != null && $Object.hasOwnProperty.call(m, "samplePeriodUs")) {
                    d.samplePeriodUs = m.samplePeriodUs;
                }
                if (m.sampleOffsetsUs && m.sampleOffsetsUs.length) {
                    d.sampleOffsetsUs = $Array(m.sampleOffsetsUs.length);
                    for (var j = 0; j < m.sampleOffsetsUs.length; ++j) {
                        d.sampleOffsetsUs[j] = m.sampleOffsetsUs[j];
                    }
                }
                if (m.firstSensorSeq != null && $Object.hasOwnProperty.call(m, "firstSensorSeq")) {
                    d.firstSensorSeq = m.firstSensorSeq;
                }
                if (m.gapBefore != null && $Object.hasOwnProperty.call(m, "gapBefore")) {
                    d.gapBefore = m.gapBefore;
                }
                if (m.channelScales && m.channelScales.length) {
                    d.channelScales = $Array(m.channelScales.length);
                    for (var j = 0; j < m.channelScales.length; ++j) {
                        d.channelScales[j] = o.json && !$isFinite(m.channelScales[j]) ? $String(m.channelScales[j]) : m.channelScales[j];
                    }
                }
                if (m.channelUnits && m.channelUnits.length) {
                    d.channelUnits = $Array(m.channelUnits.length);
                    for (var j = 0; j < m.channelUnits.length; ++j) {
                        d.channelUnits[j] = m.channelUnits[j];
                    }
                }
                return d;
            };

            /**
             * Converts this SampleBatch to JSON.
             * @function toJSON
             * @memberof care.v1.SampleBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SampleBatch.prototype.toJSON = function() {
                return SampleBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SampleBatch
             * @function getTypeUrl
             * @memberof care.v1.SampleBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SampleBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/care.v1.SampleBatch";
            };

            return SampleBatch;
        })();

        v1.Field = (function() {

            /**
             * Properties of a Field.
             * @typedef {Object} care.v1.Field.$Properties
             * @property {string|null} [name] Field name
             * @property {number|null} [value] Field value
             * @property {string|null} [unit] Field unit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Field.
             * @memberof care.v1
             * @interface IField
             * @augments care.v1.Field.$Properties
             * @deprecated Use care.v1.Field.$Properties instead.
             */

            /**
             * Shape of a Field.
             * @typedef {care.v1.Field.$Properties} care.v1.Field.$Shape
             */

            /**
             * Constructs a new Field.
             * @memberof care.v1
             * @classdesc Represents a Field.
             * @constructor
             * @param {care.v1.Field.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Field = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Field name.
             * @member {string} name
             * @memberof care.v1.Field
             * @instance
             */
            Field.prototype.name = "";

            /**
             * Field value.
             * @member {number} value
             * @memberof care.v1.Field
             * @instance
             */
            Field.prototype.value = 0;

            /**
             * Field unit.
             * @member {string} unit
             * @memberof care.v1.Field
             * @instance
             */
            Field.prototype.unit = "";

            /**
             * Creates a new Field instance using the specified properties.
             * @function create
             * @memberof care.v1.Field
             * @static
             * @param {care.v1.Field.$Properties=} [properties] Properties to set
             * @returns {care.v1.Field} Field instance
             * @type {{
             *   (properties: care.v1.Field.$Shape): care.v1.Field & care.v1.Field.$Shape;
             *   (properties?: care.v1.Field.$Properties): care.v1.Field;
             * }}
             */
            Field.create = function(properties) {
                return new Field(properties);
            };

            /**
             * Encodes the specified Field message. Does not implicitly {@link care.v1.Field.verify|verify} messages.
             * @function encode
             * @memberof care.v1.Field
             * @static
             * @param {care.v1.Field.$Properties} m Field message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Field.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && !$Object.is(m.value, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.value);
                if (m.unit != null && $Object.hasOwnProperty.call(m, "unit") && m.unit !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.unit);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Field message, length delimited. Does not implicitly {@link care.v1.Field.verify|verify} messages.
             * @function encodeDelimited
             * @memberof care.v1.Field
             * @static
             * @param {care.v1.Field.$Properties} message Field message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Field.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Field message from the specified reader or buffer.
             * @function decode
             * @memberof care.v1.Field
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {care.v1.Field & care.v1.Field.$Shape} Field
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Field.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.care.v1.Field();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.unit = v;
                            else
                                delete m.unit;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Field message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof care.v1.Field
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {care.v1.Field & care.v1.Field.$Shape} Field
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Field.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Field message.
             * @function verify
             * @memberof care.v1.Field
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Field.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (typeof m.value !== "number")
                        return "value: number expected";
                }
                if (m.unit != null && $Object.hasOwnProperty.call(m, "unit")) {
                    if (!$util.isString(m.unit))
                        return "unit: string expected";
                }
                return null;
            };

            /**
             * Creates a Field message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof care.v1.Field
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {care.v1.Field} Field
             */
            Field.fromObject = function (d, q) {
                if (d instanceof $root.care.v1.Field)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".care.v1.Field: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.care.v1.Field();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.value != null) {
                    if (!$Object.is($Number(d.value), 0)) {
                        m.value = $Number(d.value);
                    }
                }
                if (d.unit != null) {
                    if (typeof d.unit !== "string" || d.unit.length) {
                        m.unit = $String(d.unit);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Field message. Also converts values to other types if specified.
             * @function toObject
             * @memberof care.v1.Field
             * @static
             * @param {care.v1.Field} m Field
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Field.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.value = 0;
                    d.unit = "";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.json && !$isFinite(m.value) ? $String(m.value) : m.value;
                }
                if (m.unit != null && $Object.hasOwnProperty.call(m, "unit")) {
                    d.unit = m.unit;
                }
                return d;
            };

            /**
             * Converts this Field to JSON.
             * @function toJSON
             * @memberof care.v1.Field
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Field.prototype.toJSON = function() {
                return Field.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Field
             * @function getTypeUrl
             * @memberof care.v1.Field
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Field.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/care.v1.Field";
            };

            return Field;
        })();

        /**
         * Quality enum.
         * @name care.v1.Quality
         * @enum {number}
         * @property {number} QUALITY_UNSPECIFIED=0 QUALITY_UNSPECIFIED value
         * @property {number} QUALITY_GOOD=1 QUALITY_GOOD value
         * @property {number} QUALITY_POOR=2 QUALITY_POOR value
         * @property {number} QUALITY_NO_CONTACT=3 QUALITY_NO_CONTACT value
         */
        v1.Quality = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "QUALITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "QUALITY_GOOD"] = 1;
            values[valuesById[2] = "QUALITY_POOR"] = 2;
            values[valuesById[3] = "QUALITY_NO_CONTACT"] = 3;
            return values;
        })();

        v1.Observation = (function() {

            /**
             * Properties of an Observation.
             * @typedef {Object} care.v1.Observation.$Properties
             * @property {string|null} [sensorId] Observation sensorId
             * @property {care.v1.SensorKind|null} [sensorKind] Observation sensorKind
             * @property {string|null} [name] Observation name
             * @property {number|null} [timeMs] Observation timeMs
             * @property {number|null} [windowMs] Observation windowMs
             * @property {Array.<care.v1.Field.$Properties>|null} [fields] Observation fields
             * @property {care.v1.Quality|null} [quality] Observation quality
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Observation.
             * @memberof care.v1
             * @interface IObservation
             * @augments care.v1.Observation.$Properties
             * @deprecated Use care.v1.Observation.$Properties instead.
             */

            /**
             * Shape of an Observation.
             * @typedef {care.v1.Observation.$Properties} care.v1.Observation.$Shape
             */

            /**
             * Constructs a new Observation.
             * @memberof care.v1
             * @classdesc Represents an Observation.
             * @constructor
             * @param {care.v1.Observation.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Observation = function (p) {
                this.fields = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Observation sensorId.
             * @member {string} sensorId
             * @memberof care.v1.Observation
             * @instance
             */
            Observation.prototype.sensorId = "";

            /**
             * Observation sensorKind.
             * @member {care.v1.SensorKind} sensorKind
             * @memberof care.v1.Observation
             * @instance
             */
            Observation.prototype.sensorKind = 0;

            /**
             * Observation name.
             * @member {string} name
             * @memberof care.v1.Observation
             * @instance
             */
            Observation.prototype.name = "";

            /**
             * Observation timeMs.
             * @member {number} timeMs
             * @memberof care.v1.Observation
             * @instance
             */
            Observation.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Observation windowMs.
             * @member {number} windowMs
             * @memberof care.v1.Observation
             * @instance
             */
            Observation.prototype.windowMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Observation fields.
             * @member {Array.<care.v1.Field.$Properties>} fields
             * @memberof care.v1.Observation
             * @instance
             */
            Observation.prototype.fields = $util.emptyArray;

            /**
             * Observation quality.
             * @member {care.v1.Quality} quality
             * @memberof care.v1.Observation
             * @instance
             */
            Observation.prototype.quality = 0;

            /**
             * Creates a new Observation instance using the specified properties.
             * @function create
             * @memberof care.v1.Observation
             * @static
             * @param {care.v1.Observation.$Properties=} [properties] Properties to set
             * @returns {care.v1.Observation} Observation instance
             * @type {{
             *   (properties: care.v1.Observation.$Shape): care.v1.Observation & care.v1.Observation.$Shape;
             *   (properties?: care.v1.Observation.$Properties): care.v1.Observation;
             * }}
             */
            Observation.create = function(properties) {
                return new Observation(properties);
            };

            /**
             * Encodes the specified Observation message. Does not implicitly {@link care.v1.Observation.verify|verify} messages.
             * @function encode
             * @memberof care.v1.Observation
             * @static
             * @param {care.v1.Observation.$Properties} m Observation message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Observation.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId") && m.sensorId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.sensorId);
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind") && m.sensorKind !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.sensorKind);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.name);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.timeMs);
                if (m.windowMs != null && $Object.hasOwnProperty.call(m, "windowMs") && (typeof m.windowMs === "object" ? m.windowMs.low || m.windowMs.high : m.windowMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.windowMs);
                if (m.fields != null && m.fields.length) {
                    for (var i = 0; i < m.fields.length; ++i)
                        $root.care.v1.Field.encode(m.fields[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                }
                if (m.quality != null && $Object.hasOwnProperty.call(m, "quality") && m.quality !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).int32(m.quality);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Observation message, length delimited. Does not implicitly {@link care.v1.Observation.verify|verify} messages.
             * @function encodeDelimited
             * @memberof care.v1.Observation
             * @static
             * @param {care.v1.Observation.$Properties} message Observation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Observation.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Observation message from the specified reader or buffer.
             * @function decode
             * @memberof care.v1.Observation
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {care.v1.Observation & care.v1.Observation.$Shape} Observation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Observation.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.care.v1.Observation();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sensorId = v;
                            else
                                delete m.sensorId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.sensorKind = v;
                            else
                                delete m.sensorKind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.windowMs = v;
                            else
                                delete m.windowMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.fields && m.fields.length))
                                m.fields = [];
                            m.fields.push($root.care.v1.Field.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.quality = v;
                            else
                                delete m.quality;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Observation message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof care.v1.Observation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {care.v1.Observation & care.v1.Observation.$Shape} Observation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Observation.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Observation message.
             * @function verify
             * @memberof care.v1.Observation
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Observation.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId")) {
                    if (!$util.isString(m.sensorId))
                        return "sensorId: string expected";
                }
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind")) {
                    if (typeof m.sensorKind !== "number" || (m.sensorKind | 0) !== m.sensorKind)
                        return "sensorKind: enum value expected";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.windowMs != null && $Object.hasOwnProperty.call(m, "windowMs")) {
                    if (!$util.isInteger(m.windowMs) && !(m.windowMs && $util.isInteger(m.windowMs.low) && $util.isInteger(m.windowMs.high)))
                        return "windowMs: integer|Long expected";
                }
                if (m.fields != null && $Object.hasOwnProperty.call(m, "fields")) {
                    if (!$Array.isArray(m.fields))
                        return "fields: array expected";
                    for (var i = 0; i < m.fields.length; ++i) {
                        {
                            var e = $root.care.v1.Field.verify(m.fields[i], q + 1);
                            if (e)
                                return "fields." + e;
                        }
                    }
                }
                if (m.quality != null && $Object.hasOwnProperty.call(m, "quality")) {
                    if (typeof m.quality !== "number" || (m.quality | 0) !== m.quality)
                        return "quality: enum value expected";
                }
                return null;
            };

            /**
             * Creates an Observation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof care.v1.Observation
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {care.v1.Observation} Observation
             */
            Observation.fromObject = function (d, q) {
                if (d instanceof $root.care.v1.Observation)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".care.v1.Observation: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.care.v1.Observation();
                if (d.sensorId != null) {
                    if (typeof d.sensorId !== "string" || d.sensorId.length) {
                        m.sensorId = $String(d.sensorId);
                    }
                }
                if (d.sensorKind !== 0 && (typeof d.sensorKind !== "string" || $root.care.v1.SensorKind[d.sensorKind] !== 0)) {
                    switch (d.sensorKind) {
                    case "SENSOR_KIND_UNSPECIFIED":
                    case 0:
                        m.sensorKind = 0;
                        break;
                    case "SENSOR_KIND_BLADDER":
                    case 1:
                        m.sensorKind = 1;
                        break;
                    case "SENSOR_KIND_BED":
                    case 2:
                        m.sensorKind = 2;
                        break;
                    case "SENSOR_KIND_SUIT":
                    case 3:
                        m.sensorKind = 3;
                        break;
                    default:
                        if (typeof d.sensorKind === "number" && (d.sensorKind | 0) === d.sensorKind)
                            m.sensorKind = d.sensorKind;
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.windowMs != null) {
                    if (typeof d.windowMs === "object" ? d.windowMs.low || d.windowMs.high : $Number(d.windowMs) !== 0) {
                        if ($util.Long)
                            m.windowMs = $util.Long.fromValue(d.windowMs, false);
                        else if (typeof d.windowMs === "string")
                            m.windowMs = $parseInt(d.windowMs, 10);
                        else if (typeof d.windowMs === "number")
                            m.windowMs = d.windowMs;
                        else if (typeof d.windowMs === "object")
                            m.windowMs = new $util.LongBits(d.windowMs.low >>> 0, d.windowMs.high >>> 0).toNumber();
                    }
                }
                if (d.fields) {
                    if (!$Array.isArray(d.fields))
                        throw $TypeError(".care.v1.Observation.fields: array expected");
                    m.fields = $Array(d.fields.length);
                    for (var i = 0; i < d.fields.length; ++i) {
                        if (!$util.isObject(d.fields[i]))
                            throw $TypeError(".care.v1.Observation.fields: object expected");
                        m.fields[i] = $root.care.v1.Field.fromObject(d.fields[i], q + 1);
                    }
                }
                if (d.quality !== 0 && (typeof d.quality !== "string" || $root.care.v1.Quality[d.quality] !== 0)) {
                    switch (d.quality) {
                    case "QUALITY_UNSPECIFIED":
                    case 0:
                        m.quality = 0;
                        break;
                    case "QUALITY_GOOD":
                    case 1:
                        m.quality = 1;
                        break;
                    case "QUALITY_POOR":
                    case 2:
                        m.quality = 2;
                        break;
                    case "QUALITY_NO_CONTACT":
                    case 3:
                        m.quality = 3;
                        break;
                    default:
                        if (typeof d.quality === "number" && (d.quality | 0) === d.quality)
                            m.quality = d.quality;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Observation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof care.v1.Observation
             * @static
             * @param {care.v1.Observation} m Observation
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Observation.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.fields = [];
                }
                if (o.defaults) {
                    d.sensorId = "";
                    d.sensorKind = o.enums === $String ? "SENSOR_KIND_UNSPECIFIED" : 0;
                    d.name = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.windowMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.windowMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.quality = o.enums === $String ? "QUALITY_UNSPECIFIED" : 0;
                }
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId")) {
                    d.sensorId = m.sensorId;
                }
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind")) {
                    d.sensorKind = o.enums === $String ? $root.care.v1.SensorKind[m.sensorKind] === $undefined ? m.sensorKind : $root.care.v1.SensorKind[m.sensorKind] : m.sensorKind;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.windowMs != null && $Object.hasOwnProperty.call(m, "windowMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.windowMs = typeof m.windowMs === "number" ? $BigInt(m.windowMs) : $util.Long.fromBits(m.windowMs.low >>> 0, m.windowMs.high >>> 0, false).toBigInt();
                    else if (typeof m.windowMs === "number")
                        d.windowMs = o.longs === $String ? $String(m.windowMs) : m.windowMs;
                    else
                        d.windowMs = o.longs === $String ? $util.Long.prototype.toString.call(m.windowMs) : o.longs === $Number ? new $util.LongBits(m.windowMs.low >>> 0, m.windowMs.high >>> 0).toNumber() : m.windowMs;
                }
                if (m.fields && m.fields.length) {
                    d.fields = $Array(m.fields.length);
                    for (var j = 0; j < m.fields.length; ++j) {
                        d.fields[j] = $root.care.v1.Field.toObject(m.fields[j], o, q + 1);
                    }
                }
                if (m.quality != null && $Object.hasOwnProperty.call(m, "quality")) {
                    d.quality = o.enums === $String ? $root.care.v1.Quality[m.quality] === $undefined ? m.quality : $root.care.v1.Quality[m.quality] : m.quality;
                }
                return d;
            };

            /**
             * Converts this Observation to JSON.
             * @function toJSON
             * @memberof care.v1.Observation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Observation.prototype.toJSON = function() {
                return Observation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Observation
             * @function getTypeUrl
             * @memberof care.v1.Observation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Observation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/care.v1.Observation";
            };

            return Observation;
        })();

        v1.Prediction = (function() {

            /**
             * Properties of a Prediction.
             * @typedef {Object} care.v1.Prediction.$Properties
             * @property {string|null} [sensorId] Prediction sensorId
             * @property {care.v1.SensorKind|null} [sensorKind] Prediction sensorKind
             * @property {string|null} [target] Prediction target
             * @property {number|null} [timeMs] Prediction timeMs
             * @property {number|null} [minutesUntil] Prediction minutesUntil
             * @property {number|null} [uncertaintyMinutes] Prediction uncertaintyMinutes
             * @property {number|null} [confidence] Prediction confidence
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Prediction.
             * @memberof care.v1
             * @interface IPrediction
             * @augments care.v1.Prediction.$Properties
             * @deprecated Use care.v1.Prediction.$Properties instead.
             */

            /**
             * Shape of a Prediction.
             * @typedef {care.v1.Prediction.$Properties} care.v1.Prediction.$Shape
             */

            /**
             * Constructs a new Prediction.
             * @memberof care.v1
             * @classdesc Represents a Prediction.
             * @constructor
             * @param {care.v1.Prediction.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Prediction = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Prediction sensorId.
             * @member {string} sensorId
             * @memberof care.v1.Prediction
             * @instance
             */
            Prediction.prototype.sensorId = "";

            /**
             * Prediction sensorKind.
             * @member {care.v1.SensorKind} sensorKind
             * @memberof care.v1.Prediction
             * @instance
             */
            Prediction.prototype.sensorKind = 0;

            /**
             * Prediction target.
             * @member {string} target
             * @memberof care.v1.Prediction
             * @instance
             */
            Prediction.prototype.target = "";

            /**
             * Prediction timeMs.
             * @member {number} timeMs
             * @memberof care.v1.Prediction
             * @instance
             */
            Prediction.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Prediction minutesUntil.
             * @member {number} minutesUntil
             * @memberof care.v1.Prediction
             * @instance
             */
            Prediction.prototype.minutesUntil = 0;

            /**
             * Prediction uncertaintyMinutes.
             * @member {number} uncertaintyMinutes
             * @memberof care.v1.Prediction
             * @instance
             */
            Prediction.prototype.uncertaintyMinutes = 0;

            /**
             * Prediction confidence.
             * @member {number} confidence
             * @memberof care.v1.Prediction
             * @instance
             */
            Prediction.prototype.confidence = 0;

            /**
             * Creates a new Prediction instance using the specified properties.
             * @function create
             * @memberof care.v1.Prediction
             * @static
             * @param {care.v1.Prediction.$Properties=} [properties] Properties to set
             * @returns {care.v1.Prediction} Prediction instance
             * @type {{
             *   (properties: care.v1.Prediction.$Shape): care.v1.Prediction & care.v1.Prediction.$Shape;
             *   (properties?: care.v1.Prediction.$Properties): care.v1.Prediction;
             * }}
             */
            Prediction.create = function(properties) {
                return new Prediction(properties);
            };

            /**
             * Encodes the specified Prediction message. Does not implicitly {@link care.v1.Prediction.verify|verify} messages.
             * @function encode
             * @memberof care.v1.Prediction
             * @static
             * @param {care.v1.Prediction.$Properties} m Prediction message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Prediction.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId") && m.sensorId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.sensorId);
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind") && m.sensorKind !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.sensorKind);
                if (m.target != null && $Object.hasOwnProperty.call(m, "target") && m.target !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.target);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.timeMs);
                if (m.minutesUntil != null && $Object.hasOwnProperty.call(m, "minutesUntil") && !$Object.is(m.minutesUntil, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.minutesUntil);
                if (m.uncertaintyMinutes != null && $Object.hasOwnProperty.call(m, "uncertaintyMinutes") && !$Object.is(m.uncertaintyMinutes, 0))
                    w.uint32(/* id 6, wireType 1 =*/49).double(m.uncertaintyMinutes);
                if (m.confidence != null && $Object.hasOwnProperty.call(m, "confidence") && !$Object.is(m.confidence, 0))
                    w.uint32(/* id 7, wireType 1 =*/57).double(m.confidence);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Prediction message, length delimited. Does not implicitly {@link care.v1.Prediction.verify|verify} messages.
             * @function encodeDelimited
             * @memberof care.v1.Prediction
             * @static
             * @param {care.v1.Prediction.$Properties} message Prediction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Prediction.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Prediction message from the specified reader or buffer.
             * @function decode
             * @memberof care.v1.Prediction
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {care.v1.Prediction & care.v1.Prediction.$Shape} Prediction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Prediction.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.care.v1.Prediction();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sensorId = v;
                            else
                                delete m.sensorId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.sensorKind = v;
                            else
                                delete m.sensorKind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.target = v;
                            else
                                delete m.target;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.minutesUntil = v;
                            else
                                delete m.minutesUntil;
                            continue;
                        }
                    case 6: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.uncertaintyMinutes = v;
                            else
                                delete m.uncertaintyMinutes;
                            continue;
                        }
                    case 7: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.confidence = v;
                            else
                                delete m.confidence;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Prediction message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof care.v1.Prediction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {care.v1.Prediction & care.v1.Prediction.$Shape} Prediction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Prediction.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Prediction message.
             * @function verify
             * @memberof care.v1.Prediction
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Prediction.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId")) {
                    if (!$util.isString(m.sensorId))
                        return "sensorId: string expected";
                }
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind")) {
                    if (typeof m.sensorKind !== "number" || (m.sensorKind | 0) !== m.sensorKind)
                        return "sensorKind: enum value expected";
                }
                if (m.target != null && $Object.hasOwnProperty.call(m, "target")) {
                    if (!$util.isString(m.target))
                        return "target: string expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.minutesUntil != null && $Object.hasOwnProperty.call(m, "minutesUntil")) {
                    if (typeof m.minutesUntil !== "number")
                        return "minutesUntil: number expected";
                }
                if (m.uncertaintyMinutes != null && $Object.hasOwnProperty.call(m, "uncertaintyMinutes")) {
                    if (typeof m.uncertaintyMinutes !== "number")
                        return "uncertaintyMinutes: number expected";
                }
                if (m.confidence != null && $Object.hasOwnProperty.call(m, "confidence")) {
                    if (typeof m.confidence !== "number")
                        return "confidence: number expected";
                }
                return null;
            };

            /**
             * Creates a Prediction message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof care.v1.Prediction
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {care.v1.Prediction} Prediction
             */
            Prediction.fromObject = function (d, q) {
                if (d instanceof $root.care.v1.Prediction)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".care.v1.Prediction: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.care.v1.Prediction();
                if (d.sensorId != null) {
                    if (typeof d.sensorId !== "string" || d.sensorId.length) {
                        m.sensorId = $String(d.sensorId);
                    }
                }
                if (d.sensorKind !== 0 && (typeof d.sensorKind !== "string" || $root.care.v1.SensorKind[d.sensorKind] !== 0)) {
                    switch (d.sensorKind) {
                    case "SENSOR_KIND_UNSPECIFIED":
                    case 0:
                        m.sensorKind = 0;
                        break;
                    case "SENSOR_KIND_BLADDER":
                    case 1:
                        m.sensorKind = 1;
                        break;
                    case "SENSOR_KIND_BED":
                    case 2:
                        m.sensorKind = 2;
                        break;
                    case "SENSOR_KIND_SUIT":
                    case 3:
                        m.sensorKind = 3;
                        break;
                    default:
                        if (typeof d.sensorKind === "number" && (d.sensorKind | 0) === d.sensorKind)
                            m.sensorKind = d.sensorKind;
                    }
                }
                if (d.target != null) {
                    if (typeof d.target !== "string" || d.target.length) {
                        m.target = $String(d.target);
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.minutesUntil != null) {
                    if (!$Object.is($Number(d.minutesUntil), 0)) {
                        m.minutesUntil = $Number(d.minutesUntil);
                    }
                }
                if (d.uncertaintyMinutes != null) {
                    if (!$Object.is($Number(d.uncertaintyMinutes), 0)) {
                        m.uncertaintyMinutes = $Number(d.uncertaintyMinutes);
                    }
                }
                if (d.confidence != null) {
                    if (!$Object.is($Number(d.confidence), 0)) {
                        m.confidence = $Number(d.confidence);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Prediction message. Also converts values to other types if specified.
             * @function toObject
             * @memberof care.v1.Prediction
             * @static
             * @param {care.v1.Prediction} m Prediction
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Prediction.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.sensorId = "";
                    d.sensorKind = o.enums === $String ? "SENSOR_KIND_UNSPECIFIED" : 0;
                    d.target = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.minutesUntil = 0;
                    d.uncertaintyMinutes = 0;
                    d.confidence = 0;
                }
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId")) {
                    d.sensorId = m.sensorId;
                }
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind")) {
                    d.sensorKind = o.enums === $String ? $root.care.v1.SensorKind[m.sensorKind] === $undefined ? m.sensorKind : $root.care.v1.SensorKind[m.sensorKind] : m.sensorKind;
                }
                if (m.target != null && $Object.hasOwnProperty.call(m, "target")) {
                    d.target = m.target;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.minutesUntil != null && $Object.hasOwnProperty.call(m, "minutesUntil")) {
                    d.minutesUntil = o.json && !$isFinite(m.minutesUntil) ? $String(m.minutesUntil) : m.minutesUntil;
                }
                if (m.uncertaintyMinutes != null && $Object.hasOwnProperty.call(m, "uncertaintyMinutes")) {
                    d.uncertaintyMinutes = o.json && !$isFinite(m.uncertaintyMinutes) ? $String(m.uncertaintyMinutes) : m.uncertaintyMinutes;
                }
                if (m.confidence != null && $Object.hasOwnProperty.call(m, "confidence")) {
                    d.confidence = o.json && !$isFinite(m.confidence) ? $String(m.confidence) : m.confidence;
                }
                return d;
            };

            /**
             * Converts this Prediction to JSON.
             * @function toJSON
             * @memberof care.v1.Prediction
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Prediction.prototype.toJSON = function() {
                return Prediction.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Prediction
             * @function getTypeUrl
             * @memberof care.v1.Prediction
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Prediction.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/care.v1.Prediction";
            };

            return Prediction;
        })();

        /**
         * Severity enum.
         * @name care.v1.Severity
         * @enum {number}
         * @property {number} SEVERITY_UNSPECIFIED=0 SEVERITY_UNSPECIFIED value
         * @property {number} SEVERITY_INFO=1 SEVERITY_INFO value
         * @property {number} SEVERITY_WARNING=2 SEVERITY_WARNING value
         * @property {number} SEVERITY_CRITICAL=3 SEVERITY_CRITICAL value
         */
        v1.Severity = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SEVERITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SEVERITY_INFO"] = 1;
            values[valuesById[2] = "SEVERITY_WARNING"] = 2;
            values[valuesById[3] = "SEVERITY_CRITICAL"] = 3;
            return values;
        })();

        /**
         * AlertState enum.
         * @name care.v1.AlertState
         * @enum {number}
         * @property {number} ALERT_STATE_UNSPECIFIED=0 ALERT_STATE_UNSPECIFIED value
         * @property {number} ALERT_STATE_RAISED=1 ALERT_STATE_RAISED value
         * @property {number} ALERT_STATE_CLEARED=2 ALERT_STATE_CLEARED value
         * @property {number} ALERT_STATE_ACKNOWLEDGED=3 ALERT_STATE_ACKNOWLEDGED value
         */
        v1.AlertState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ALERT_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ALERT_STATE_RAISED"] = 1;
            values[valuesById[2] = "ALERT_STATE_CLEARED"] = 2;
            values[valuesById[3] = "ALERT_STATE_ACKNOWLEDGED"] = 3;
            return values;
        })();

        v1.Alert = (function() {

            /**
             * Properties of an Alert.
             * @typedef {Object} care.v1.Alert.$Properties
             * @property {string|null} [alertId] Alert alertId
             * @property {string|null} [sensorId] Alert sensorId
             * @property {care.v1.SensorKind|null} [sensorKind] Alert sensorKind
             * @property {string|null} [kind] Alert kind
             * @property {care.v1.Severity|null} [severity] Alert severity
             * @property {care.v1.AlertState|null} [state] Alert state
             * @property {number|null} [timeMs] Alert timeMs
             * @property {string|null} [message] Alert message
             * @property {Array.<care.v1.Field.$Properties>|null} [fields] Alert fields
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Alert.
             * @memberof care.v1
             * @interface IAlert
             * @augments care.v1.Alert.$Properties
             * @deprecated Use care.v1.Alert.$Properties instead.
             */

            /**
             * Shape of an Alert.
             * @typedef {care.v1.Alert.$Properties} care.v1.Alert.$Shape
             */

            /**
             * Constructs a new Alert.
             * @memberof care.v1
             * @classdesc Represents an Alert.
             * @constructor
             * @param {care.v1.Alert.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Alert = function (p) {
                this.fields = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Alert alertId.
             * @member {string} alertId
             * @memberof care.v1.Alert
             * @instance
             */
            Alert.prototype.alertId = "";

            /**
             * Alert sensorId.
             * @member {string} sensorId
             * @memberof care.v1.Alert
             * @instance
             */
            Alert.prototype.sensorId = "";

            /**
             * Alert sensorKind.
             * @member {care.v1.SensorKind} sensorKind
             * @memberof care.v1.Alert
             * @instance
             */
            Alert.prototype.sensorKind = 0;

            /**
             * Alert kind.
             * @member {string} kind
             * @memberof care.v1.Alert
             * @instance
             */
            Alert.prototype.kind = "";

            /**
             * Alert severity.
             * @member {care.v1.Severity} severity
             * @memberof care.v1.Alert
             * @instance
             */
            Alert.prototype.severity = 0;

            /**
             * Alert state.
             * @member {care.v1.AlertState} state
             * @memberof care.v1.Alert
             * @instance
             */
            Alert.prototype.state = 0;

            /**
             * Alert timeMs.
             * @member {number} timeMs
             * @memberof care.v1.Alert
             * @instance
             */
            Alert.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Alert message.
             * @member {string} message
             * @memberof care.v1.Alert
             * @instance
             */
            Alert.prototype.message = "";

            /**
             * Alert fields.
             * @member {Array.<care.v1.Field.$Properties>} fields
             * @memberof care.v1.Alert
             * @instance
             */
            Alert.prototype.fields = $util.emptyArray;

            /**
             * Creates a new Alert instance using the specified properties.
             * @function create
             * @memberof care.v1.Alert
             * @static
             * @param {care.v1.Alert.$Properties=} [properties] Properties to set
             * @returns {care.v1.Alert} Alert instance
             * @type {{
             *   (properties: care.v1.Alert.$Shape): care.v1.Alert & care.v1.Alert.$Shape;
             *   (properties?: care.v1.Alert.$Properties): care.v1.Alert;
             * }}
             */
            Alert.create = function(properties) {
                return new Alert(properties);
            };

            /**
             * Encodes the specified Alert message. Does not implicitly {@link care.v1.Alert.verify|verify} messages.
             * @function encode
             * @memberof care.v1.Alert
             * @static
             * @param {care.v1.Alert.$Properties} m Alert message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Alert.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.alertId != null && $Object.hasOwnProperty.call(m, "alertId") && m.alertId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.alertId);
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId") && m.sensorId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.sensorId);
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind") && m.sensorKind !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.sensorKind);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.kind);
                if (m.severity != null && $Object.hasOwnProperty.call(m, "severity") && m.severity !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).int32(m.severity);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).int32(m.state);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).int64(m.timeMs);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.message);
                if (m.fields != null && m.fields.length) {
                    for (var i = 0; i < m.fields.length; ++i)
                        $root.care.v1.Field.encode(m.fields[i], w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Alert message, length delimited. Does not implicitly {@link care.v1.Alert.verify|verify} messages.
             * @function encodeDelimited
             * @memberof care.v1.Alert
             * @static
             * @param {care.v1.Alert.$Properties} message Alert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Alert.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Alert message from the specified reader or buffer.
             * @function decode
             * @memberof care.v1.Alert
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {care.v1.Alert & care.v1.Alert.$Shape} Alert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Alert.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.care.v1.Alert();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.alertId = v;
                            else
                                delete m.alertId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sensorId = v;
                            else
                                delete m.sensorId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.sensorKind = v;
                            else
                                delete m.sensorKind;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.severity = v;
                            else
                                delete m.severity;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if (!(m.fields && m.fields.length))
                                m.fields = [];
                            m.fields.push($root.care.v1.Field.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Alert message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof care.v1.Alert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {care.v1.Alert & care.v1.Alert.$Shape} Alert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Alert.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Alert message.
             * @function verify
             * @memberof care.v1.Alert
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Alert.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.alertId != null && $Object.hasOwnProperty.call(m, "alertId")) {
                    if (!$util.isString(m.alertId))
                        return "alertId: string expected";
                }
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId")) {
                    if (!$util.isString(m.sensorId))
                        return "sensorId: string expected";
                }
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind")) {
                    if (typeof m.sensorKind !== "number" || (m.sensorKind | 0) !== m.sensorKind)
                        return "sensorKind: enum value expected";
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    if (!$util.isString(m.kind))
                        return "kind: string expected";
                }
                if (m.severity != null && $Object.hasOwnProperty.call(m, "severity")) {
                    if (typeof m.severity !== "number" || (m.severity | 0) !== m.severity)
                        return "severity: enum value expected";
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    if (typeof m.state !== "number" || (m.state | 0) !== m.state)
                        return "state: enum value expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                if (m.fields != null && $Object.hasOwnProperty.call(m, "fields")) {
                    if (!$Array.isArray(m.fields))
                        return "fields: array expected";
                    for (var i = 0; i < m.fields.length; ++i) {
                        {
                            var e = $root.care.v1.Field.verify(m.fields[i], q + 1);
                            if (e)
                                return "fields." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates an Alert message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof care.v1.Alert
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {care.v1.Alert} Alert
             */
            Alert.fromObject = function (d, q) {
                if (d instanceof $root.care.v1.Alert)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".care.v1.Alert: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.care.v1.Alert();
                if (d.alertId != null) {
                    if (typeof d.alertId !== "string" || d.alertId.length) {
                        m.alertId = $String(d.alertId);
                    }
                }
                if (d.sensorId != null) {
                    if (typeof d.sensorId !== "string" || d.sensorId.length) {
                        m.sensorId = $String(d.sensorId);
                    }
                }
                if (d.sensorKind !== 0 && (typeof d.sensorKind !== "string" || $root.care.v1.SensorKind[d.sensorKind] !== 0)) {
                    switch (d.sensorKind) {
                    case "SENSOR_KIND_UNSPECIFIED":
                    case 0:
                        m.sensorKind = 0;
                        break;
                    case "SENSOR_KIND_BLADDER":
                    case 1:
                        m.sensorKind = 1;
                        break;
                    case "SENSOR_KIND_BED":
                    case 2:
                        m.sensorKind = 2;
                        break;
                    case "SENSOR_KIND_SUIT":
                    case 3:
                        m.sensorKind = 3;
                        break;
                    default:
                        if (typeof d.sensorKind === "number" && (d.sensorKind | 0) === d.sensorKind)
                            m.sensorKind = d.sensorKind;
                    }
                }
                if (d.kind != null) {
                    if (typeof d.kind !== "string" || d.kind.length) {
                        m.kind = $String(d.kind);
                    }
                }
                if (d.severity !== 0 && (typeof d.severity !== "string" || $root.care.v1.Severity[d.severity] !== 0)) {
                    switch (d.severity) {
                    case "SEVERITY_UNSPECIFIED":
                    case 0:
                        m.severity = 0;
                        break;
                    case "SEVERITY_INFO":
                    case 1:
                        m.severity = 1;
                        break;
                    case "SEVERITY_WARNING":
                    case 2:
                        m.severity = 2;
                        break;
                    case "SEVERITY_CRITICAL":
                    case 3:
                        m.severity = 3;
                        break;
                    default:
                        if (typeof d.severity === "number" && (d.severity | 0) === d.severity)
                            m.severity = d.severity;
                    }
                }
                if (d.state !== 0 && (typeof d.state !== "string" || $root.care.v1.AlertState[d.state] !== 0)) {
                    switch (d.state) {
                    case "ALERT_STATE_UNSPECIFIED":
                    case 0:
                        m.state = 0;
                        break;
                    case "ALERT_STATE_RAISED":
                    case 1:
                        m.state = 1;
                        break;
                    case "ALERT_STATE_CLEARED":
                    case 2:
                        m.state = 2;
                        break;
                    case "ALERT_STATE_ACKNOWLEDGED":
                    case 3:
                        m.state = 3;
                        break;
                    default:
                        if (typeof d.state === "number" && (d.state | 0) === d.state)
                            m.state = d.state;
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.fields) {
                    if (!$Array.isArray(d.fields))
                        throw $TypeError(".care.v1.Alert.fields: array expected");
                    m.fields = $Array(d.fields.length);
                    for (var i = 0; i < d.fields.length; ++i) {
                        if (!$util.isObject(d.fields[i]))
                            throw $TypeError(".care.v1.Alert.fields: object expected");
                        m.fields[i] = $root.care.v1.Field.fromObject(d.fields[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Alert message. Also converts values to other types if specified.
             * @function toObject
             * @memberof care.v1.Alert
             * @static
             * @param {care.v1.Alert} m Alert
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Alert.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.fields = [];
                }
                if (o.defaults) {
                    d.alertId = "";
                    d.sensorId = "";
                    d.sensorKind = o.enums === $String ? "SENSOR_KIND_UNSPECIFIED" : 0;
                    d.kind = "";
                    d.severity = o.enums === $String ? "SEVERITY_UNSPECIFIED" : 0;
                    d.state = o.enums === $String ? "ALERT_STATE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.message = "";
                }
                if (m.alertId != null && $Object.hasOwnProperty.call(m, "alertId")) {
                    d.alertId = m.alertId;
                }
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId")) {
                    d.sensorId = m.sensorId;
                }
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind")) {
                    d.sensorKind = o.enums === $String ? $root.care.v1.SensorKind[m.sensorKind] === $undefined ? m.sensorKind : $root.care.v1.SensorKind[m.sensorKind] : m.sensorKind;
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = m.kind;
                }
                if (m.severity != null && $Object.hasOwnProperty.call(m, "severity")) {
                    d.severity = o.enums === $String ? $root.care.v1.Severity[m.severity] === $undefined ? m.severity : $root.care.v1.Severity[m.severity] : m.severity;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = o.enums === $String ? $root.care.v1.AlertState[m.state] === $undefined ? m.state : $root.care.v1.AlertState[m.state] : m.state;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.fields && m.fields.length) {
                    d.fields = $Array(m.fields.length);
                    for (var j = 0; j < m.fields.length; ++j) {
                        d.fields[j] = $root.care.v1.Field.toObject(m.fields[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Alert to JSON.
             * @function toJSON
             * @memberof care.v1.Alert
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Alert.prototype.toJSON = function() {
                return Alert.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Alert
             * @function getTypeUrl
             * @memberof care.v1.Alert
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Alert.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/care.v1.Alert";
            };

            return Alert;
        })();

        /**
         * DeviceState enum.
         * @name care.v1.DeviceState
         * @enum {number}
         * @property {number} DEVICE_STATE_UNSPECIFIED=0 DEVICE_STATE_UNSPECIFIED value
         * @property {number} DEVICE_STATE_ONLINE=1 DEVICE_STATE_ONLINE value
         * @property {number} DEVICE_STATE_DEGRADED=2 DEVICE_STATE_DEGRADED value
         * @property {number} DEVICE_STATE_OFFLINE=3 DEVICE_STATE_OFFLINE value
         */
        v1.DeviceState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DEVICE_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DEVICE_STATE_ONLINE"] = 1;
            values[valuesById[2] = "DEVICE_STATE_DEGRADED"] = 2;
            values[valuesById[3] = "DEVICE_STATE_OFFLINE"] = 3;
            return values;
        })();

        v1.Counter = (function() {

            /**
             * Properties of a Counter.
             * @typedef {Object} care.v1.Counter.$Properties
             * @property {string|null} [name] Counter name
             * @property {number|null} [value] Counter value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Counter.
             * @memberof care.v1
             * @interface ICounter
             * @augments care.v1.Counter.$Properties
             * @deprecated Use care.v1.Counter.$Properties instead.
             */

            /**
             * Shape of a Counter.
             * @typedef {care.v1.Counter.$Properties} care.v1.Counter.$Shape
             */

            /**
             * Constructs a new Counter.
             * @memberof care.v1
             * @classdesc Represents a Counter.
             * @constructor
             * @param {care.v1.Counter.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Counter = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Counter name.
             * @member {string} name
             * @memberof care.v1.Counter
             * @instance
             */
            Counter.prototype.name = "";

            /**
             * Counter value.
             * @member {number} value
             * @memberof care.v1.Counter
             * @instance
             */
            Counter.prototype.value = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Counter instance using the specified properties.
             * @function create
             * @memberof care.v1.Counter
             * @static
             * @param {care.v1.Counter.$Properties=} [properties] Properties to set
             * @returns {care.v1.Counter} Counter instance
             * @type {{
             *   (properties: care.v1.Counter.$Shape): care.v1.Counter & care.v1.Counter.$Shape;
             *   (properties?: care.v1.Counter.$Properties): care.v1.Counter;
             * }}
             */
            Counter.create = function(properties) {
                return new Counter(properties);
            };

            /**
             * Encodes the specified Counter message. Does not implicitly {@link care.v1.Counter.verify|verify} messages.
             * @function encode
             * @memberof care.v1.Counter
             * @static
             * @param {care.v1.Counter.$Properties} m Counter message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Counter.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && (typeof m.value === "object" ? m.value.low || m.value.high : m.value !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Counter message, length delimited. Does not implicitly {@link care.v1.Counter.verify|verify} messages.
             * @function encodeDelimited
             * @memberof care.v1.Counter
             * @static
             * @param {care.v1.Counter.$Properties} message Counter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Counter.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Counter message from the specified reader or buffer.
             * @function decode
             * @memberof care.v1.Counter
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {care.v1.Counter & care.v1.Counter.$Shape} Counter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Counter.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.care.v1.Counter();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Counter message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof care.v1.Counter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {care.v1.Counter & care.v1.Counter.$Shape} Counter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Counter.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Counter message.
             * @function verify
             * @memberof care.v1.Counter
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Counter.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (!$util.isInteger(m.value) && !(m.value && $util.isInteger(m.value.low) && $util.isInteger(m.value.high)))
                        return "value: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a Counter message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof care.v1.Counter
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {care.v1.Counter} Counter
             */
            Counter.fromObject = function (d, q) {
                if (d instanceof $root.care.v1.Counter)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".care.v1.Counter: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.care.v1.Counter();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.value != null) {
                    if (typeof d.value === "object" ? d.value.low || d.value.high : $Number(d.value) !== 0) {
                        if ($util.Long)
                            m.value = $util.Long.fromValue(d.value, true);
                        else if (typeof d.value === "string")
                            m.value = $parseInt(d.value, 10);
                        else if (typeof d.value === "number")
                            m.value = d.value;
                        else if (typeof d.value === "object")
                            m.value = new $util.LongBits(d.value.low >>> 0, d.value.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Counter message. Also converts values to other types if specified.
             * @function toObject
             * @memberof care.v1.Counter
             * @static
             * @param {care.v1.Counter} m Counter
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Counter.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.value = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.value = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.value = typeof m.value === "number" ? $BigInt(m.value) : $util.Long.fromBits(m.value.low >>> 0, m.value.high >>> 0, true).toBigInt();
                    else if (typeof m.value === "number")
                        d.value = o.longs === $String ? $String(m.value) : m.value;
                    else
                        d.value = o.longs === $String ? $util.Long.prototype.toString.call(m.value) : o.longs === $Number ? new $util.LongBits(m.value.low >>> 0, m.value.high >>> 0).toNumber(true) : m.value;
                }
                return d;
            };

            /**
             * Converts this Counter to JSON.
             * @function toJSON
             * @memberof care.v1.Counter
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Counter.prototype.toJSON = function() {
                return Counter.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Counter
             * @function getTypeUrl
             * @memberof care.v1.Counter
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Counter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/care.v1.Counter";
            };

            return Counter;
        })();

        v1.SensorStatus = (function() {

            /**
             * Properties of a SensorStatus.
             * @typedef {Object} care.v1.SensorStatus.$Properties
             * @property {string|null} [sensorId] SensorStatus sensorId
             * @property {care.v1.SensorKind|null} [sensorKind] SensorStatus sensorKind
             * @property {string|null} [transport] SensorStatus transport
             * @property {boolean|null} [connected] SensorStatus connected
             * @property {string|null} [reason] SensorStatus reason
             * @property {number|null} [lastFrameMs] SensorStatus lastFrameMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SensorStatus.
             * @memberof care.v1
             * @interface ISensorStatus
             * @augments care.v1.SensorStatus.$Properties
             * @deprecated Use care.v1.SensorStatus.$Properties instead.
             */

            /**
             * Shape of a SensorStatus.
             * @typedef {care.v1.SensorStatus.$Properties} care.v1.SensorStatus.$Shape
             */

            /**
             * Constructs a new SensorStatus.
             * @memberof care.v1
             * @classdesc Represents a SensorStatus.
             * @constructor
             * @param {care.v1.SensorStatus.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SensorStatus = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SensorStatus sensorId.
             * @member {string} sensorId
             * @memberof care.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.sensorId = "";

            /**
             * SensorStatus sensorKind.
             * @member {care.v1.SensorKind} sensorKind
             * @memberof care.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.sensorKind = 0;

            /**
             * SensorStatus transport.
             * @member {string} transport
             * @memberof care.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.transport = "";

            /**
             * SensorStatus connected.
             * @member {boolean} connected
             * @memberof care.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.connected = false;

            /**
             * SensorStatus reason.
             * @member {string} reason
             * @memberof care.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.reason = "";

            /**
             * SensorStatus lastFrameMs.
             * @member {number} lastFrameMs
             * @memberof care.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.lastFrameMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new SensorStatus instance using the specified properties.
             * @function create
             * @memberof care.v1.SensorStatus
             * @static
             * @param {care.v1.SensorStatus.$Properties=} [properties] Properties to set
             * @returns {care.v1.SensorStatus} SensorStatus instance
             * @type {{
             *   (properties: care.v1.SensorStatus.$Shape): care.v1.SensorStatus & care.v1.SensorStatus.$Shape;
             *   (properties?: care.v1.SensorStatus.$Properties): care.v1.SensorStatus;
             * }}
             */
            SensorStatus.create = function(properties) {
                return new SensorStatus(properties);
            };

            /**
             * Encodes the specified SensorStatus message. Does not implicitly {@link care.v1.SensorStatus.verify|verify} messages.
             * @function encode
             * @memberof care.v1.SensorStatus
             * @static
             * @param {care.v1.SensorStatus.$Properties} m SensorStatus message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SensorStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId") && m.sensorId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.sensorId);
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind") && m.sensorKind !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.sensorKind);
                if (m.transport != null && $Object.hasOwnProperty.call(m, "transport") && m.transport !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.transport);
                if (m.connected != null && $Object.hasOwnProperty.call(m, "connected") && m.connected !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.connected);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.reason);
                if (m.lastFrameMs != null && $Object.hasOwnProperty.call(m, "lastFrameMs") && (typeof m.lastFrameMs === "object" ? m.lastFrameMs.low || m.lastFrameMs.high : m.lastFrameMs !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.lastFrameMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SensorStatus message, length delimited. Does not implicitly {@link care.v1.SensorStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof care.v1.SensorStatus
             * @static
             * @param {care.v1.SensorStatus.$Properties} message SensorStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SensorStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SensorStatus message from the specified reader or buffer.
             * @function decode
             * @memberof care.v1.SensorStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {care.v1.SensorStatus & care.v1.SensorStatus.$Shape} SensorStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SensorStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.care.v1.SensorStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sensorId = v;
                            else
                                delete m.sensorId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.sensorKind = v;
                            else
                                delete m.sensorKind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.transport = v;
                            else
                                delete m.transport;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.connected = v;
                            else
                                delete m.connected;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.lastFrameMs = v;
                            else
                                delete m.lastFrameMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SensorStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof care.v1.SensorStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {care.v1.SensorStatus & care.v1.SensorStatus.$Shape} SensorStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SensorStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SensorStatus message.
             * @function verify
             * @memberof care.v1.SensorStatus
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SensorStatus.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId")) {
                    if (!$util.isString(m.sensorId))
                        return "sensorId: string expected";
                }
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind")) {
                    if (typeof m.sensorKind !== "number" || (m.sensorKind | 0) !== m.sensorKind)
                        return "sensorKind: enum value expected";
                }
                if (m.transport != null && $Object.hasOwnProperty.call(m, "transport")) {
                    if (!$util.isString(m.transport))
                        return "transport: string expected";
                }
                if (m.connected != null && $Object.hasOwnProperty.call(m, "connected")) {
                    if (typeof m.connected !== "boolean")
                        return "connected: boolean expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                if (m.lastFrameMs != null && $Object.hasOwnProperty.call(m, "lastFrameMs")) {
                    if (!$util.isInteger(m.lastFrameMs) && !(m.lastFrameMs && $util.isInteger(m.lastFrameMs.low) && $util.isInteger(m.lastFrameMs.high)))
                        return "lastFrameMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a SensorStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof care.v1.SensorStatus
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {care.v1.SensorStatus} SensorStatus
             */
            SensorStatus.fromObject = function (d, q) {
                if (d instanceof $root.care.v1.SensorStatus)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".care.v1.SensorStatus: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.care.v1.SensorStatus();
                if (d.sensorId != null) {
                    if (typeof d.sensorId !== "string" || d.sensorId.length) {
                        m.sensorId = $String(d.sensorId);
                    }
                }
                if (d.sensorKind !== 0 && (typeof d.sensorKind !== "string" || $root.care.v1.SensorKind[d.sensorKind] !== 0)) {
                    switch (d.sensorKind) {
                    case "SENSOR_KIND_UNSPECIFIED":
                    case 0:
                        m.sensorKind = 0;
                        break;
                    case "SENSOR_KIND_BLADDER":
                    case 1:
                        m.sensorKind = 1;
                        break;
                    case "SENSOR_KIND_BED":
                    case 2:
                        m.sensorKind = 2;
                        break;
                    case "SENSOR_KIND_SUIT":
                    case 3:
                        m.sensorKind = 3;
                        break;
                    default:
                        if (typeof d.sensorKind === "number" && (d.sensorKind | 0) === d.sensorKind)
                            m.sensorKind = d.sensorKind;
                    }
                }
                if (d.transport != null) {
                    if (typeof d.transport !== "string" || d.transport.length) {
                        m.transport = $String(d.transport);
                    }
                }
                if (d.connected != null) {
                    if (d.connected) {
                        m.connected = $Boolean(d.connected);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.lastFrameMs != null) {
                    if (typeof d.lastFrameMs === "object" ? d.lastFrameMs.low || d.lastFrameMs.high : $Number(d.lastFrameMs) !== 0) {
                        if ($util.Long)
                            m.lastFrameMs = $util.Long.fromValue(d.lastFrameMs, false);
                        else if (typeof d.lastFrameMs === "string")
                            m.lastFrameMs = $parseInt(d.lastFrameMs, 10);
                        else if (typeof d.lastFrameMs === "number")
                            m.lastFrameMs = d.lastFrameMs;
                        else if (typeof d.lastFrameMs === "object")
                            m.lastFrameMs = new $util.LongBits(d.lastFrameMs.low >>> 0, d.lastFrameMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SensorStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof care.v1.SensorStatus
             * @static
             * @param {care.v1.SensorStatus} m SensorStatus
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SensorStatus.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.sensorId = "";
                    d.sensorKind = o.enums === $String ? "SENSOR_KIND_UNSPECIFIED" : 0;
                    d.transport = "";
                    d.connected = false;
                    d.reason = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.lastFrameMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lastFrameMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId")) {
                    d.sensorId = m.sensorId;
                }
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind")) {
                    d.sensorKind = o.enums === $String ? $root.care.v1.SensorKind[m.sensorKind] === $undefined ? m.sensorKind : $root.care.v1.SensorKind[m.sensorKind] : m.sensorKind;
                }
                if (m.transport != null && $Object.hasOwnProperty.call(m, "transport")) {
                    d.transport = m.transport;
                }
                if (m.connected != null && $Object.hasOwnProperty.call(m, "connected")) {
                    d.connected = m.connected;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.lastFrameMs != null && $Object.hasOwnProperty.call(m, "lastFrameMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lastFrameMs = typeof m.lastFrameMs === "number" ? $BigInt(m.lastFrameMs) : $util.Long.fromBits(m.lastFrameMs.low >>> 0, m.lastFrameMs.high >>> 0, false).toBigInt();
                    else if (typeof m.lastFrameMs === "number")
                        d.lastFrameMs = o.longs === $String ? $String(m.lastFrameMs) : m.lastFrameMs;
                    else
                        d.lastFrameMs = o.longs === $String ? $util.Long.prototype.toString.call(m.lastFrameMs) : o.longs === $Number ? new $util.LongBits(m.lastFrameMs.low >>> 0, m.lastFrameMs.high >>> 0).toNumber() : m.lastFrameMs;
                }
                return d;
            };

            /**
             * Converts this SensorStatus to JSON.
             * @function toJSON
             * @memberof care.v1.SensorStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SensorStatus.prototype.toJSON = function() {
                return SensorStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SensorStatus
             * @function getTypeUrl
             * @memberof care.v1.SensorStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SensorStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/care.v1.SensorStatus";
            };

            return SensorStatus;
        })();

        v1.DeviceStatus = (function() {

            /**
             * Properties of a DeviceStatus.
             * @typedef {Object} care.v1.DeviceStatus.$Properties
             * @property {care.v1.DeviceState|null} [state] DeviceStatus state
             * @property {string|null} [reason] DeviceStatus reason
             * @property {Array.<care.v1.Counter.$Properties>|null} [counters] DeviceStatus counters
             * @property {number|null} [clockOffsetMs] DeviceStatus clockOffsetMs
             * @property {boolean|null} [clockSynced] DeviceStatus clockSynced
             * @property {Array.<care.v1.SensorStatus.$Properties>|null} [sensors] DeviceStatus sensors
             * @property {string|null} [agentVersion] DeviceStatus agentVersion
             * @property {number|null} [uptimeMs] DeviceStatus uptimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceStatus.
             * @memberof care.v1
             * @interface IDeviceStatus
             * @augments care.v1.DeviceStatus.$Properties
             * @deprecated Use care.v1.DeviceStatus.$Properties instead.
             */

            /**
             * Shape of a DeviceStatus.
             * @typedef {care.v1.DeviceStatus.$Properties} care.v1.DeviceStatus.$Shape
             */

            /**
             * Constructs a new DeviceStatus.
             * @memberof care.v1
             * @classdesc Represents a DeviceStatus.
             * @constructor
             * @param {care.v1.DeviceStatus.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceStatus = function (p) {
                this.counters = [];
                this.sensors = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeviceStatus state.
             * @member {care.v1.DeviceState} state
             * @memberof care.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.state = 0;

            /**
             * DeviceStatus reason.
             * @member {string} reason
             * @memberof care.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.reason = "";

            /**
             * DeviceStatus counters.
             * @member {Array.<care.v1.Counter.$Properties>} counters
             * @memberof care.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.counters = $util.emptyArray;

            /**
             * DeviceStatus clockOffsetMs.
             * @member {number} clockOffsetMs
             * @memberof care.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.clockOffsetMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DeviceStatus clockSynced.
             * @member {boolean} clockSynced
             * @memberof care.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.clockSynced = false;

            /**
             * DeviceStatus sensors.
             * @member {Array.<care.v1.SensorStatus.$Properties>} sensors
             * @memberof care.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.sensors = $util.emptyArray;

            /**
             * DeviceStatus agentVersion.
             * @member {string} agentVersion
             * @memberof care.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.agentVersion = "";

            /**
             * DeviceStatus uptimeMs.
             * @member {number} uptimeMs
             * @memberof care.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.uptimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new DeviceStatus instance using the specified properties.
             * @function create
             * @memberof care.v1.DeviceStatus
             * @static
             * @param {care.v1.DeviceStatus.$Properties=} [properties] Properties to set
             * @returns {care.v1.DeviceStatus} DeviceStatus instance
             * @type {{
             *   (properties: care.v1.DeviceStatus.$Shape): care.v1.DeviceStatus & care.v1.DeviceStatus.$Shape;
             *   (properties?: care.v1.DeviceStatus.$Properties): care.v1.DeviceStatus;
             * }}
             */
            DeviceStatus.create = function(properties) {
                return new DeviceStatus(properties);
            };

            /**
             * Encodes the specified DeviceStatus message. Does not implicitly {@link care.v1.DeviceStatus.verify|verify} messages.
             * @function encode
             * @memberof care.v1.DeviceStatus
             * @static
             * @param {care.v1.DeviceStatus.$Properties} m DeviceStatus message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.state);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
                if (m.counters != null && m.counters.length) {
                    for (var i = 0; i < m.counters.length; ++i)
                        $root.care.v1.Counter.encode(m.counters[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.clockOffsetMs != null && $Object.hasOwnProperty.call(m, "clockOffsetMs") && (typeof m.clockOffsetMs === "object" ? m.clockOffsetMs.low || m.clockOffsetMs.high : m.clockOffsetMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.clockOffsetMs);
                if (m.clockSynced != null && $Object.hasOwnProperty.call(m, "clockSynced") && m.clockSynced !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.clockSynced);
                if (m.sensors != null && m.sensors.length) {
                    for (var i = 0; i < m.sensors.length; ++i)
                        $root.care.v1.SensorStatus.encode(m.sensors[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                }
                if (m.agentVersion != null && $Object.hasOwnProperty.call(m, "agentVersion") && m.agentVersion !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.agentVersion);
                if (m.uptimeMs != null && $Object.hasOwnProperty.call(m, "uptimeMs") && (typeof m.uptimeMs === "object" ? m.uptimeMs.low || m.uptimeMs.high : m.uptimeMs !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).int64(m.uptimeMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DeviceStatus message, length delimited. Does not implicitly {@link care.v1.DeviceStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof care.v1.DeviceStatus
             * @static
             * @param {care.v1.DeviceStatus.$Properties} message DeviceStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceStatus message from the specified reader or buffer.
             * @function decode
             * @memberof care.v1.DeviceStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {care.v1.DeviceStatus & care.v1.DeviceStatus.$Shape} DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.care.v1.DeviceStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.counters && m.counters.length))
                                m.counters = [];
                            m.counters.push($root.care.v1.Counter.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.clockOffsetMs = v;
                            else
                                delete m.clockOffsetMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.clockSynced = v;
                            else
                                delete m.clockSynced;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.sensors && m.sensors.length))
                                m.sensors = [];
                            m.sensors.push($root.care.v1.SensorStatus.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.agentVersion = v;
                            else
                                delete m.agentVersion;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.uptimeMs = v;
                            else
                                delete m.uptimeMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a DeviceStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof care.v1.DeviceStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {care.v1.DeviceStatus & care.v1.DeviceStatus.$Shape} DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceStatus message.
             * @function verify
             * @memberof care.v1.DeviceStatus
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceStatus.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    if (typeof m.state !== "number" || (m.state | 0) !== m.state)
                        return "state: enum value expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                if (m.counters != null && $Object.hasOwnProperty.call(m, "counters")) {
                    if (!$Array.isArray(m.counters))
                        return "counters: array expected";
                    for (var i = 0; i < m.counters.length; ++i) {
                        {
                            var e = $root.care.v1.Counter.verify(m.counters[i], q + 1);
                            if (e)
                                return "counters." + e;
                        }
                    }
                }
                if (m.clockOffsetMs != null && $Object.hasOwnProperty.call(m, "clockOffsetMs")) {
                    if (!$util.isInteger(m.clockOffsetMs) && !(m.clockOffsetMs && $util.isInteger(m.clockOffsetMs.low) && $util.isInteger(m.clockOffsetMs.high)))
                        return "clockOffsetMs: integer|Long expected";
                }
                if (m.clockSynced != null && $Object.hasOwnProperty.call(m, "clockSynced")) {
                    if (typeof m.clockSynced !== "boolean")
                        return "clockSynced: boolean expected";
                }
                if (m.sensors != null && $Object.hasOwnProperty.call(m, "sensors")) {
                    if (!$Array.isArray(m.sensors))
                        return "sensors: array expected";
                    for (var i = 0; i < m.sensors.length; ++i) {
                        {
                            var e = $root.care.v1.SensorStatus.verify(m.sensors[i], q + 1);
                            if (e)
                                return "sensors." + e;
                        }
                    }
                }
                if (m.agentVersion != null && $Object.hasOwnProperty.call(m, "agentVersion")) {
                    if (!$util.isString(m.agentVersion))
                        return "agentVersion: string expected";
                }
                if (m.uptimeMs != null && $Object.hasOwnProperty.call(m, "uptimeMs")) {
                    if (!$util.isInteger(m.uptimeMs) && !(m.uptimeMs && $util.isInteger(m.uptimeMs.low) && $util.isInteger(m.uptimeMs.high)))
                        return "uptimeMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a DeviceStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof care.v1.DeviceStatus
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {care.v1.DeviceStatus} DeviceStatus
             */
            DeviceStatus.fromObject = function (d, q) {
                if (d instanceof $root.care.v1.DeviceStatus)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".care.v1.DeviceStatus: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.care.v1.DeviceStatus();
                if (d.state !== 0 && (typeof d.state !== "string" || $root.care.v1.DeviceState[d.state] !== 0)) {
                    switch (d.state) {
                    case "DEVICE_STATE_UNSPECIFIED":
                    case 0:
                        m.state = 0;
                        break;
                    case "DEVICE_STATE_ONLINE":
                    case 1:
                        m.state = 1;
                        break;
                    case "DEVICE_STATE_DEGRADED":
                    case 2:
                        m.state = 2;
                        break;
                    case "DEVICE_STATE_OFFLINE":
                    case 3:
                        m.state = 3;
                        break;
                    default:
                        if (typeof d.state === "number" && (d.state | 0) === d.state)
                            m.state = d.state;
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.counters) {
                    if (!$Array.isArray(d.counters))
                        throw $TypeError(".care.v1.DeviceStatus.counters: array expected");
                    m.counters = $Array(d.counters.length);
                    for (var i = 0; i < d.counters.length; ++i) {
                        if (!$util.isObject(d.counters[i]))
                            throw $TypeError(".care.v1.DeviceStatus.counters: object expected");
                        m.counters[i] = $root.care.v1.Counter.fromObject(d.counters[i], q + 1);
                    }
                }
                if (d.clockOffsetMs != null) {
                    if (typeof d.clockOffsetMs === "object" ? d.clockOffsetMs.low || d.clockOffsetMs.high : $Number(d.clockOffsetMs) !== 0) {
                        if ($util.Long)
                            m.clockOffsetMs = $util.Long.fromValue(d.clockOffsetMs, false);
                        else if (typeof d.clockOffsetMs === "string")
                            m.clockOffsetMs = $parseInt(d.clockOffsetMs, 10);
                        else if (typeof d.clockOffsetMs === "number")
                            m.clockOffsetMs = d.clockOffsetMs;
                        else if (typeof d.clockOffsetMs === "object")
                            m.clockOffsetMs = new $util.LongBits(d.clockOffsetMs.low >>> 0, d.clockOffsetMs.high >>> 0).toNumber();
                    }
                }
                if (d.clockSynced != null) {
                    if (d.clockSynced) {
                        m.clockSynced = $Boolean(d.clockSynced);
                    }
                }
                if (d.sensors) {
                    if (!$Array.isArray(d.sensors))
                        throw $TypeError(".care.v1.DeviceStatus.sensors: array expected");
                    m.sensors = $Array(d.sensors.length);
                    for (var i = 0; i < d.sensors.length; ++i) {
                        if (!$util.isObject(d.sensors[i]))
                            throw $TypeError(".care.v1.DeviceStatus.sensors: object expected");
                        m.sensors[i] = $root.care.v1.SensorStatus.fromObject(d.sensors[i], q + 1);
                    }
                }
                if (d.agentVersion != null) {
                    if (typeof d.agentVersion !== "string" || d.agentVersion.length) {
                        m.agentVersion = $String(d.agentVersion);
                    }
                }
                if (d.uptimeMs != null) {
                    if (typeof d.uptimeMs === "object" ? d.uptimeMs.low || d.uptimeMs.high : $Number(d.uptimeMs) !== 0) {
                        if ($util.Long)
                            m.uptimeMs = $util.Long.fromValue(d.uptimeMs, false);
                        else if (typeof d.uptimeMs === "string")
                            m.uptimeMs = $parseInt(d.uptimeMs, 10);
                        else if (typeof d.uptimeMs === "number")
                            m.uptimeMs = d.uptimeMs;
                        else if (typeof d.uptimeMs === "object")
                            m.uptimeMs = new $util.LongBits(d.uptimeMs.low >>> 0, d.uptimeMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DeviceStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof care.v1.DeviceStatus
             * @static
             * @param {care.v1.DeviceStatus} m DeviceStatus
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceStatus.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.counters = [];
                    d.sensors = [];
                }
                if (o.defaults) {
                    d.state = o.enums === $String ? "DEVICE_STATE_UNSPECIFIED" : 0;
                    d.reason = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.clockOffsetMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.clockOffsetMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.clockSynced = false;
                    d.agentVersion = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.uptimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.uptimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = o.enums === $String ? $root.care.v1.DeviceState[m.state] === $undefined ? m.state : $root.care.v1.DeviceState[m.state] : m.state;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.counters && m.counters.length) {
                    d.counters = $Array(m.counters.length);
                    for (var j = 0; j < m.counters.length; ++j) {
                        d.counters[j] = $root.care.v1.Counter.toObject(m.counters[j], o, q + 1);
                    }
                }
                if (m.clockOffsetMs != null && $Object.hasOwnProperty.call(m, "clockOffsetMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.clockOffsetMs = typeof m.clockOffsetMs === "number" ? $BigInt(m.clockOffsetMs) : $util.Long.fromBits(m.clockOffsetMs.low >>> 0, m.clockOffsetMs.high >>> 0, false).toBigInt();
                    else if (typeof m.clockOffsetMs === "number")
                        d.clockOffsetMs = o.longs === $String ? $String(m.clockOffsetMs) : m.clockOffsetMs;
                    else
                        d.clockOffsetMs = o.longs === $String ? $util.Long.prototype.toString.call(m.clockOffsetMs) : o.longs === $Number ? new $util.LongBits(m.clockOffsetMs.low >>> 0, m.clockOffsetMs.high >>> 0).toNumber() : m.clockOffsetMs;
                }
                if (m.clockSynced != null && $Object.hasOwnProperty.call(m, "clockSynced")) {
                    d.clockSynced = m.clockSynced;
                }
                if (m.sensors && m.sensors.length) {
                    d.sensors = $Array(m.sensors.length);
                    for (var j = 0; j < m.sensors.length; ++j) {
                        d.sensors[j] = $root.care.v1.SensorStatus.toObject(m.sensors[j], o, q + 1);
                    }
                }
                if (m.agentVersion != null && $Object.hasOwnProperty.call(m, "agentVersion")) {
                    d.agentVersion = m.agentVersion;
                }
                if (m.uptimeMs != null && $Object.hasOwnProperty.call(m, "uptimeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.uptimeMs = typeof m.uptimeMs === "number" ? $BigInt(m.uptimeMs) : $util.Long.fromBits(m.uptimeMs.low >>> 0, m.uptimeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.uptimeMs === "number")
                        d.uptimeMs = o.longs === $String ? $String(m.uptimeMs) : m.uptimeMs;
                    else
                        d.uptimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.uptimeMs) : o.longs === $Number ? new $util.LongBits(m.uptimeMs.low >>> 0, m.uptimeMs.high >>> 0).toNumber() : m.uptimeMs;
                }
                return d;
            };

            /**
             * Converts this DeviceStatus to JSON.
             * @function toJSON
             * @memberof care.v1.DeviceStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceStatus.prototype.toJSON = function() {
                return DeviceStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceStatus
             * @function getTypeUrl
             * @memberof care.v1.DeviceStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/care.v1.DeviceStatus";
            };

            return DeviceStatus;
        })();

        v1.Event = (function() {

            /**
             * Properties of an Event.
             * @typedef {Object} care.v1.Event.$Properties
             * @property {string|null} [sensorId] Event sensorId
             * @property {care.v1.SensorKind|null} [sensorKind] Event sensorKind
             * @property {string|null} [kind] Event kind
             * @property {number|null} [timeMs] Event timeMs
             * @property {Array.<care.v1.Field.$Properties>|null} [fields] Event fields
             * @property {string|null} [detail] Event detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Event.
             * @memberof care.v1
             * @interface IEvent
             * @augments care.v1.Event.$Properties
             * @deprecated Use care.v1.Event.$Properties instead.
             */

            /**
             * Shape of an Event.
             * @typedef {care.v1.Event.$Properties} care.v1.Event.$Shape
             */

            /**
             * Constructs a new Event.
             * @memberof care.v1
             * @classdesc Represents an Event.
             * @constructor
             * @param {care.v1.Event.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Event = function (p) {
                this.fields = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Event sensorId.
             * @member {string} sensorId
             * @memberof care.v1.Event
             * @instance
             */
            Event.prototype.sensorId = "";

            /**
             * Event sensorKind.
             * @member {care.v1.SensorKind} sensorKind
             * @memberof care.v1.Event
             * @instance
             */
            Event.prototype.sensorKind = 0;

            /**
             * Event kind.
             * @member {string} kind
             * @memberof care.v1.Event
             * @instance
             */
            Event.prototype.kind = "";

            /**
             * Event timeMs.
             * @member {number} timeMs
             * @memberof care.v1.Event
             * @instance
             */
            Event.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Event fields.
             * @member {Array.<care.v1.Field.$Properties>} fields
             * @memberof care.v1.Event
             * @instance
             */
            Event.prototype.fields = $util.emptyArray;

            /**
             * Event detail.
             * @member {string} detail
             * @memberof care.v1.Event
             * @instance
             */
            Event.prototype.detail = "";

            /**
             * Creates a new Event instance using the specified properties.
             * @function create
             * @memberof care.v1.Event
             * @static
             * @param {care.v1.Event.$Properties=} [properties] Properties to set
             * @returns {care.v1.Event} Event instance
             * @type {{
             *   (properties: care.v1.Event.$Shape): care.v1.Event & care.v1.Event.$Shape;
             *   (properties?: care.v1.Event.$Properties): care.v1.Event;
             * }}
             */
            Event.create = function(properties) {
                return new Event(properties);
            };

            /**
             * Encodes the specified Event message. Does not implicitly {@link care.v1.Event.verify|verify} messages.
             * @function encode
             * @memberof care.v1.Event
             * @static
             * @param {care.v1.Event.$Properties} m Event message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId") && m.sensorId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.sensorId);
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind") && m.sensorKind !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.sensorKind);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.kind);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.timeMs);
                if (m.fields != null && m.fields.length) {
                    for (var i = 0; i < m.fields.length; ++i)
                        $root.care.v1.Field.encode(m.fields[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.detail);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Event message, length delimited. Does not implicitly {@link care.v1.Event.verify|verify} messages.
             * @function encodeDelimited
             * @memberof care.v1.Event
             * @static
             * @param {care.v1.Event.$Properties} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @function decode
             * @memberof care.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {care.v1.Event & care.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.care.v1.Event();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sensorId = v;
                            else
                                delete m.sensorId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.sensorKind = v;
                            else
                                delete m.sensorKind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.fields && m.fields.length))
                                m.fields = [];
                            m.fields.push($root.care.v1.Field.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.detail = v;
                            else
                                delete m.detail;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Event message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof care.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {care.v1.Event & care.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Event message.
             * @function verify
             * @memberof care.v1.Event
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Event.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId")) {
                    if (!$util.isString(m.sensorId))
                        return "sensorId: string expected";
                }
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind")) {
                    if (typeof m.sensorKind !== "number" || (m.sensorKind | 0) !== m.sensorKind)
                        return "sensorKind: enum value expected";
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    if (!$util.isString(m.kind))
                        return "kind: string expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.fields != null && $Object.hasOwnProperty.call(m, "fields")) {
                    if (!$Array.isArray(m.fields))
                        return "fields: array expected";
                    for (var i = 0; i < m.fields.length; ++i) {
                        {
                            var e = $root.care.v1.Field.verify(m.fields[i], q + 1);
                            if (e)
                                return "fields." + e;
                        }
                    }
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    if (!$util.isString(m.detail))
                        return "detail: string expected";
                }
                return null;
            };

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof care.v1.Event
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {care.v1.Event} Event
             */
            Event.fromObject = function (d, q) {
                if (d instanceof $root.care.v1.Event)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".care.v1.Event: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.care.v1.Event();
                if (d.sensorId != null) {
                    if (typeof d.sensorId !== "string" || d.sensorId.length) {
                        m.sensorId = $String(d.sensorId);
                    }
                }
                if (d.sensorKind !== 0 && (typeof d.sensorKind !== "string" || $root.care.v1.SensorKind[d.sensorKind] !== 0)) {
                    switch (d.sensorKind) {
                    case "SENSOR_KIND_UNSPECIFIED":
                    case 0:
                        m.sensorKind = 0;
                        break;
                    case "SENSOR_KIND_BLADDER":
                    case 1:
                        m.sensorKind = 1;
                        break;
                    case "SENSOR_KIND_BED":
                    case 2:
                        m.sensorKind = 2;
                        break;
                    case "SENSOR_KIND_SUIT":
                    case 3:
                        m.sensorKind = 3;
                        break;
                    default:
                        if (typeof d.sensorKind === "number" && (d.sensorKind | 0) === d.sensorKind)
                            m.sensorKind = d.sensorKind;
                    }
                }
                if (d.kind != null) {
                    if (typeof d.kind !== "string" || d.kind.length) {
                        m.kind = $String(d.kind);
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.fields) {
                    if (!$Array.isArray(d.fields))
                        throw $TypeError(".care.v1.Event.fields: array expected");
                    m.fields = $Array(d.fields.length);
                    for (var i = 0; i < d.fields.length; ++i) {
                        if (!$util.isObject(d.fields[i]))
                            throw $TypeError(".care.v1.Event.fields: object expected");
                        m.fields[i] = $root.care.v1.Field.fromObject(d.fields[i], q + 1);
                    }
                }
                if (d.detail != null) {
                    if (typeof d.detail !== "string" || d.detail.length) {
                        m.detail = $String(d.detail);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @function toObject
             * @memberof care.v1.Event
             * @static
             * @param {care.v1.Event} m Event
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Event.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.fields = [];
                }
                if (o.defaults) {
                    d.sensorId = "";
                    d.sensorKind = o.enums === $String ? "SENSOR_KIND_UNSPECIFIED" : 0;
                    d.kind = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.detail = "";
                }
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId")) {
                    d.sensorId = m.sensorId;
                }
                if (m.sensorKind != null && $Object.hasOwnProperty.call(m, "sensorKind")) {
                    d.sensorKind = o.enums === $String ? $root.care.v1.SensorKind[m.sensorKind] === $undefined ? m.sensorKind : $root.care.v1.SensorKind[m.sensorKind] : m.sensorKind;
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = m.kind;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.fields && m.fields.length) {
                    d.fields = $Array(m.fields.length);
                    for (var j = 0; j < m.fields.length; ++j) {
                        d.fields[j] = $root.care.v1.Field.toObject(m.fields[j], o, q + 1);
                    }
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    d.detail = m.detail;
                }
                return d;
            };

            /**
             * Converts this Event to JSON.
             * @function toJSON
             * @memberof care.v1.Event
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Event
             * @function getTypeUrl
             * @memberof care.v1.Event
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Event.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/care.v1.Event";
            };

            return Event;
        })();

        v1.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} care.v1.Command.$Properties
             * @property {string|null} [commandId] Command commandId
             * @property {string|null} [kind] Command kind
             * @property {string|null} [sensorId] Command sensorId
             * @property {Object.<string,string>|null} [args] Command args
             * @property {number|null} [issuedMs] Command issuedMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof care.v1
             * @interface ICommand
             * @augments care.v1.Command.$Properties
             * @deprecated Use care.v1.Command.$Properties instead.
             */

            /**
             * Shape of a Command.
             * @typedef {care.v1.Command.$Properties} care.v1.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof care.v1
             * @classdesc Represents a Command.
             * @constructor
             * @param {care.v1.Command.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (p) {
                this.args = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Command commandId.
             * @member {string} commandId
             * @memberof care.v1.Command
             * @instance
             */
            Command.prototype.commandId = "";

            /**
             * Command kind.
             * @member {string} kind
             * @memberof care.v1.Command
             * @instance
             */
            Command.prototype.kind = "";

            /**
             * Command sensorId.
             * @member {string} sensorId
             * @memberof care.v1.Command
             * @instance
             */
            Command.prototype.sensorId = "";

            /**
             * Command args.
             * @member {Object.<string,string>} args
             * @memberof care.v1.Command
             * @instance
             */
            Command.prototype.args = $util.emptyObject;

            /**
             * Command issuedMs.
             * @member {number} issuedMs
             * @memberof care.v1.Command
             * @instance
             */
            Command.prototype.issuedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Command instance using the specified properties.
             * @function create
             * @memberof care.v1.Command
             * @static
             * @param {care.v1.Command.$Properties=} [properties] Properties to set
             * @returns {care.v1.Command} Command instance
             * @type {{
             *   (properties: care.v1.Command.$Shape): care.v1.Command & care.v1.Command.$Shape;
             *   (properties?: care.v1.Command.$Properties): care.v1.Command;
             * }}
             */
            Command.create = function(properties) {
                return new Command(properties);
            };

            /**
             * Encodes the specified Command message. Does not implicitly {@link care.v1.Command.verify|verify} messages.
             * @function encode
             * @memberof care.v1.Command
             * @static
             * @param {care.v1.Command.$Properties} m Command message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId") && m.commandId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.commandId);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.kind);
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId") && m.sensorId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.sensorId);
                if (m.args != null && $Object.hasOwnProperty.call(m, "args")) {
                    for (var ks = $Object.keys(m.args), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.args[ks[i]]).ldelim();
                    }
                }
                if (m.issuedMs != null && $Object.hasOwnProperty.call(m, "issuedMs") && (typeof m.issuedMs === "object" ? m.issuedMs.low || m.issuedMs.high : m.issuedMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.issuedMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Command message, length delimited. Does not implicitly {@link care.v1.Command.verify|verify} messages.
             * @function encodeDelimited
             * @memberof care.v1.Command
             * @static
             * @param {care.v1.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof care.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {care.v1.Command & care.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.care.v1.Command();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.commandId = v;
                            else
                                delete m.commandId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sensorId = v;
                            else
                                delete m.sensorId;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (m.args === $util.emptyObject)
                                m.args = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.args, k);
                            m.args[k] = v;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.issuedMs = v;
                            else
                                delete m.issuedMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Command message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof care.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {care.v1.Command & care.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Command message.
             * @function verify
             * @memberof care.v1.Command
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Command.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId")) {
                    if (!$util.isString(m.commandId))
                        return "commandId: string expected";
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    if (!$util.isString(m.kind))
                        return "kind: string expected";
                }
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId")) {
                    if (!$util.isString(m.sensorId))
                        return "sensorId: string expected";
                }
                if (m.args != null && $Object.hasOwnProperty.call(m, "args")) {
                    if (!$util.isObject(m.args))
                        return "args: object expected";
                    var k = $Object.keys(m.args);
                    for (var i = 0; i < k.length; ++i) {
                        if (!$util.isString(m.args[k[i]]))
                            return "args: string{k:string} expected";
                    }
                }
                if (m.issuedMs != null && $Object.hasOwnProperty.call(m, "issuedMs")) {
                    if (!$util.isInteger(m.issuedMs) && !(m.issuedMs && $util.isInteger(m.issuedMs.low) && $util.isInteger(m.issuedMs.high)))
                        return "issuedMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof care.v1.Command
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {care.v1.Command} Command
             */
            Command.fromObject = function (d, q) {
                if (d instanceof $root.care.v1.Command)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".care.v1.Command: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.care.v1.Command();
                if (d.commandId != null) {
                    if (typeof d.commandId !== "string" || d.commandId.length) {
                        m.commandId = $String(d.commandId);
                    }
                }
                if (d.kind != null) {
                    if (typeof d.kind !== "string" || d.kind.length) {
                        m.kind = $String(d.kind);
                    }
                }
                if (d.sensorId != null) {
                    if (typeof d.sensorId !== "string" || d.sensorId.length) {
                        m.sensorId = $String(d.sensorId);
                    }
                }
                if (d.args) {
                    if (!$util.isObject(d.args))
                        throw $TypeError(".care.v1.Command.args: object expected");
                    m.args = {};
                    for (var ks = $Object.keys(d.args), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.args, ks[i]);
                        m.args[ks[i]] = $String(d.args[ks[i]]);
                    }
                }
                if (d.issuedMs != null) {
                    if (typeof d.issuedMs === "object" ? d.issuedMs.low || d.issuedMs.high : $Number(d.issuedMs) !== 0) {
                        if ($util.Long)
                            m.issuedMs = $util.Long.fromValue(d.issuedMs, false);
                        else if (typeof d.issuedMs === "string")
                            m.issuedMs = $parseInt(d.issuedMs, 10);
                        else if (typeof d.issuedMs === "number")
                            m.issuedMs = d.issuedMs;
                        else if (typeof d.issuedMs === "object")
                            m.issuedMs = new $util.LongBits(d.issuedMs.low >>> 0, d.issuedMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @function toObject
             * @memberof care.v1.Command
             * @static
             * @param {care.v1.Command} m Command
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Command.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.args = {};
                }
                if (o.defaults) {
                    d.commandId = "";
                    d.kind = "";
                    d.sensorId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.issuedMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.issuedMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId")) {
                    d.commandId = m.commandId;
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = m.kind;
                }
                if (m.sensorId != null && $Object.hasOwnProperty.call(m, "sensorId")) {
                    d.sensorId = m.sensorId;
                }
                var ks2;
                if (m.args && (ks2 = $Object.keys(m.args)).length) {
                    d.args = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.args, ks2[j]);
                        d.args[ks2[j]] = m.args[ks2[j]];
                    }
                }
                if (m.issuedMs != null && $Object.hasOwnProperty.call(m, "issuedMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.issuedMs = typeof m.issuedMs === "number" ? $BigInt(m.issuedMs) : $util.Long.fromBits(m.issuedMs.low >>> 0, m.issuedMs.high >>> 0, false).toBigInt();
                    else if (typeof m.issuedMs === "number")
                        d.issuedMs = o.longs === $String ? $String(m.issuedMs) : m.issuedMs;
                    else
                        d.issuedMs = o.longs === $String ? $util.Long.prototype.toString.call(m.issuedMs) : o.longs === $Number ? new $util.LongBits(m.issuedMs.low >>> 0, m.issuedMs.high >>> 0).toNumber() : m.issuedMs;
                }
                return d;
            };

            /**
             * Converts this Command to JSON.
             * @function toJSON
             * @memberof care.v1.Command
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Command
             * @function getTypeUrl
             * @memberof care.v1.Command
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Command.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/care.v1.Command";
            };

            return Command;
        })();

        v1.CommandAck = (function() {

            /**
             * Properties of a CommandAck.
             * @typedef {Object} care.v1.CommandAck.$Properties
             * @property {string|null} [commandId] CommandAck commandId
             * @property {boolean|null} [ok] CommandAck ok
             * @property {string|null} [message] CommandAck message
             * @property {number|null} [appliedMs] CommandAck appliedMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommandAck.
             * @memberof care.v1
             * @interface ICommandAck
             * @augments care.v1.CommandAck.$Properties
             * @deprecated Use care.v1.CommandAck.$Properties instead.
             */

            /**
             * Shape of a CommandAck.
             * @typedef {care.v1.CommandAck.$Properties} care.v1.CommandAck.$Shape
             */

            /**
             * Constructs a new CommandAck.
             * @memberof care.v1
             * @classdesc Represents a CommandAck.
             * @constructor
             * @param {care.v1.CommandAck.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommandAck = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CommandAck commandId.
             * @member {string} commandId
             * @memberof care.v1.CommandAck
             * @instance
             */
            CommandAck.prototype.commandId = "";

            /**
             * CommandAck ok.
             * @member {boolean} ok
             * @memberof care.v1.CommandAck
             * @instance
             */
            CommandAck.prototype.ok = false;

            /**
             * CommandAck message.
             * @member {string} message
             * @memberof care.v1.CommandAck
             * @instance
             */
            CommandAck.prototype.message = "";

            /**
             * CommandAck appliedMs.
             * @member {number} appliedMs
             * @memberof care.v1.CommandAck
             * @instance
             */
            CommandAck.prototype.appliedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new CommandAck instance using the specified properties.
             * @function create
             * @memberof care.v1.CommandAck
             * @static
             * @param {care.v1.CommandAck.$Properties=} [properties] Properties to set
             * @returns {care.v1.CommandAck} CommandAck instance
             * @type {{
             *   (properties: care.v1.CommandAck.$Shape): care.v1.CommandAck & care.v1.CommandAck.$Shape;
             *   (properties?: care.v1.CommandAck.$Properties): care.v1.CommandAck;
             * }}
             */
            CommandAck.create = function(properties) {
                return new CommandAck(properties);
            };

            /**
             * Encodes the specified CommandAck message. Does not implicitly {@link care.v1.CommandAck.verify|verify} messages.
             * @function encode
             * @memberof care.v1.CommandAck
             * @static
             * @param {care.v1.CommandAck.$Properties} m CommandAck message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandAck.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId") && m.commandId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.commandId);
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.ok);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.message);
                if (m.appliedMs != null && $Object.hasOwnProperty.call(m, "appliedMs") && (typeof m.appliedMs === "object" ? m.appliedMs.low || m.appliedMs.high : m.appliedMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.appliedMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified CommandAck message, length delimited. Does not implicitly {@link care.v1.CommandAck.verify|verify} messages.
             * @function encodeDelimited
             * @memberof care.v1.CommandAck
             * @static
             * @param {care.v1.CommandAck.$Properties} message CommandAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandAck.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CommandAck message from the specified reader or buffer.
             * @function decode
             * @memberof care.v1.CommandAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {care.v1.CommandAck & care.v1.CommandAck.$Shape} CommandAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandAck.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.care.v1.CommandAck();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.commandId = v;
                            else
                                delete m.commandId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.ok = v;
                            else
                                delete m.ok;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.appliedMs = v;
                            else
                                delete m.appliedMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a CommandAck message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof care.v1.CommandAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {care.v1.CommandAck & care.v1.CommandAck.$Shape} CommandAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandAck.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CommandAck message.
             * @function verify
             * @memberof care.v1.CommandAck
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CommandAck.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId")) {
                    if (!$util.isString(m.commandId))
                        return "commandId: string expected";
                }
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                    if (typeof m.ok !== "boolean")
                        return "ok: boolean expected";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                if (m.appliedMs != null && $Object.hasOwnProperty.call(m, "appliedMs")) {
                    if (!$util.isInteger(m.appliedMs) && !(m.appliedMs && $util.isInteger(m.appliedMs.low) && $util.isInteger(m.appliedMs.high)))
                        return "appliedMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a CommandAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof care.v1.CommandAck
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {care.v1.CommandAck} CommandAck
             */
            CommandAck.fromObject = function (d, q) {
                if (d instanceof $root.care.v1.CommandAck)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".care.v1.CommandAck: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.care.v1.CommandAck();
                if (d.commandId != null) {
                    if (typeof d.commandId !== "string" || d.commandId.length) {
                        m.commandId = $String(d.commandId);
                    }
                }
                if (d.ok != null) {
                    if (d.ok) {
                        m.ok = $Boolean(d.ok);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.appliedMs != null) {
                    if (typeof d.appliedMs === "object" ? d.appliedMs.low || d.appliedMs.high : $Number(d.appliedMs) !== 0) {
                        if ($util.Long)
                            m.appliedMs = $util.Long.fromValue(d.appliedMs, false);
                        else if (typeof d.appliedMs === "string")
                            m.appliedMs = $parseInt(d.appliedMs, 10);
                        else if (typeof d.appliedMs === "number")
                            m.appliedMs = d.appliedMs;
                        else if (typeof d.appliedMs === "object")
                            m.appliedMs = new $util.LongBits(d.appliedMs.low >>> 0, d.appliedMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CommandAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof care.v1.CommandAck
             * @static
             * @param {care.v1.CommandAck} m CommandAck
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommandAck.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.commandId = "";
                    d.ok = false;
                    d.message = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.appliedMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.appliedMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId")) {
                    d.commandId = m.commandId;
                }
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                    d.ok = m.ok;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.appliedMs != null && $Object.hasOwnProperty.call(m, "appliedMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.appliedMs = typeof m.appliedMs === "number" ? $BigInt(m.appliedMs) : $util.Long.fromBits(m.appliedMs.low >>> 0, m.appliedMs.high >>> 0, false).toBigInt();
                    else if (typeof m.appliedMs === "number")
                        d.appliedMs = o.longs === $String ? $String(m.appliedMs) : m.appliedMs;
                    else
                        d.appliedMs = o.longs === $String ? $util.Long.prototype.toString.call(m.appliedMs) : o.longs === $Number ? new $util.LongBits(m.appliedMs.low >>> 0, m.appliedMs.high >>> 0).toNumber() : m.appliedMs;
                }
                return d;
            };

            /**
             * Converts this CommandAck to JSON.
             * @function toJSON
             * @memberof care.v1.CommandAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommandAck.prototype.toJSON = function() {
                return CommandAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommandAck
             * @function getTypeUrl
             * @memberof care.v1.CommandAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommandAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/care.v1.CommandAck";
            };

            return CommandAck;
        })();

        return v1;
    })();

    return care;
})();

export {
  $root as default
};
