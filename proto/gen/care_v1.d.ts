import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace care. */
export namespace care {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an Envelope.
         * @deprecated Use care.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends care.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [p] Properties to set
             */
            constructor(p?: care.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope deviceId. */
            deviceId: string;

            /** Envelope bootId. */
            bootId: string;

            /** Envelope seq. */
            seq: number;

            /** Envelope deviceTimeMs. */
            deviceTimeMs: number;

            /** Envelope monotonicMs. */
            monotonicMs: number;

            /** Envelope schemaVersion. */
            schemaVersion: number;

            /** Envelope siteId. */
            siteId: string;

            /** Envelope samples. */
            samples?: (care.v1.SampleBatch.$Properties|null);

            /** Envelope observation. */
            observation?: (care.v1.Observation.$Properties|null);

            /** Envelope prediction. */
            prediction?: (care.v1.Prediction.$Properties|null);

            /** Envelope alert. */
            alert?: (care.v1.Alert.$Properties|null);

            /** Envelope status. */
            status?: (care.v1.DeviceStatus.$Properties|null);

            /** Envelope event. */
            event?: (care.v1.Event.$Properties|null);

            /** Envelope command. */
            command?: (care.v1.Command.$Properties|null);

            /** Envelope commandAck. */
            commandAck?: (care.v1.CommandAck.$Properties|null);

            /** Envelope payload. */
            payload?: ("samples"|"observation"|"prediction"|"alert"|"status"|"event"|"command"|"commandAck");

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: care.v1.Envelope.$Shape): care.v1.Envelope & care.v1.Envelope.$Shape;
            static create(properties?: care.v1.Envelope.$Properties): care.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link care.v1.Envelope.verify|verify} messages.
             * @param m Envelope message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: care.v1.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link care.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: care.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {care.v1.Envelope & care.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): care.v1.Envelope & care.v1.Envelope.$Shape;

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {care.v1.Envelope & care.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): care.v1.Envelope & care.v1.Envelope.$Shape;

            /**
             * Verifies an Envelope message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Envelope
             */
            static fromObject(d: { [k: string]: any }): care.v1.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param m Envelope
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: care.v1.Envelope, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Envelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope deviceId */
                deviceId?: (string|null);

                /** Envelope bootId */
                bootId?: (string|null);

                /** Envelope seq */
                seq?: (number|null);

                /** Envelope deviceTimeMs */
                deviceTimeMs?: (number|null);

                /** Envelope monotonicMs */
                monotonicMs?: (number|null);

                /** Envelope schemaVersion */
                schemaVersion?: (number|null);

                /** Envelope siteId */
                siteId?: (string|null);

                /** Envelope samples */
                samples?: (care.v1.SampleBatch.$Properties|null);

                /** Envelope observation */
                observation?: (care.v1.Observation.$Properties|null);

                /** Envelope prediction */
                prediction?: (care.v1.Prediction.$Properties|null);

                /** Envelope alert */
                alert?: (care.v1.Alert.$Properties|null);

                /** Envelope status */
                status?: (care.v1.DeviceStatus.$Properties|null);

                /** Envelope event */
                event?: (care.v1.Event.$Properties|null);

                /** Envelope command */
                command?: (care.v1.Command.$Properties|null);

                /** Envelope commandAck */
                commandAck?: (care.v1.CommandAck.$Properties|null);

                /** Envelope payload */
                payload?: ("samples"|"observation"|"prediction"|"alert"|"status"|"event"|"command"|"commandAck");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Envelope. */
            type $Shape = {
              deviceId?: string|null;
              bootId?: string|null;
              seq?: number|null;
              deviceTimeMs?: number|null;
              monotonicMs?: number|null;
              schemaVersion?: number|null;
              siteId?: string|null;
              samples?: care.v1.SampleBatch.$Shape|null;
              observation?: care.v1.Observation.$Shape|null;
              prediction?: care.v1.Prediction.$Shape|null;
              alert?: care.v1.Alert.$Shape|null;
              status?: care.v1.DeviceStatus.$Shape|null;
              event?: care.v1.Event.$Shape|null;
              command?: care.v1.Command.$Shape|null;
              commandAck?: care.v1.CommandAck.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ payload?: undefined; samples?: null; observation?: null; prediction?: null; alert?: null; status?: null; event?: null; command?: null; commandAck?: null }|{ payload?: "samples"; samples: care.v1.SampleBatch.$Shape; observation?: null; prediction?: null; alert?: null; status?: null; event?: null; command?: null; commandAck?: null }|{ payload?: "observation"; samples?: null; observation: care.v1.Observation.$Shape; prediction?: null; alert?: null; status?: null; event?: null; command?: null; commandAck?: null }|{ payload?: "prediction"; samples?: null; observation?: null; prediction: care.v1.Prediction.$Shape; alert?: null; status?: null; event?: null; command?: null; commandAck?: null }|{ payload?: "alert"; samples?: null; observation?: null; prediction?: null; alert: care.v1.Alert.$Shape; status?: null; event?: null; command?: null; commandAck?: null }|{ payload?: "status"; samples?: null; observation?: null; prediction?: null; alert?: null; status: care.v1.DeviceStatus.$Shape; event?: null; command?: null; commandAck?: null }|{ payload?: "event"; samples?: null; observation?: null; prediction?: null; alert?: null; status?: null; event: care.v1.Event.$Shape; command?: null; commandAck?: null }|{ payload?: "command"; samples?: null; observation?: null; prediction?: null; alert?: null; status?: null; event?: null; command: care.v1.Command.$Shape; commandAck?: null }|{ payload?: "commandAck"; samples?: null; observation?: null; prediction?: null; alert?: null; status?: null; event?: null; command?: null; commandAck: care.v1.CommandAck.$Shape })
            );
        }

        /** SensorKind enum. */
        enum SensorKind {

            /** SENSOR_KIND_UNSPECIFIED value */
            SENSOR_KIND_UNSPECIFIED = 0,

            /** SENSOR_KIND_BLADDER value */
            SENSOR_KIND_BLADDER = 1,

            /** SENSOR_KIND_BED value */
            SENSOR_KIND_BED = 2,

            /** SENSOR_KIND_SUIT value */
            SENSOR_KIND_SUIT = 3
        }

        /**
         * Properties of a SampleBatch.
         * @deprecated Use care.v1.SampleBatch.$Properties instead.
         */
        interface ISampleBatch extends care.v1.SampleBatch.$Properties {
        }

        /** Represents a SampleBatch. */
        class SampleBatch {

            /**
             * Constructs a new SampleBatch.
             * @param [p] Properties to set
             */
            constructor(p?: care.v1.SampleBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SampleBatch sensorId. */
            sensorId: string;

            /** SampleBatch sensorKind. */
            sensorKind: care.v1.SensorKind;

            /** SampleBatch stream. */
            stream: string;

            /** SampleBatch channelNames. */
            channelNames: string[];

            /** SampleBatch values. */
            values: number[];

            /** SampleBatch scale. */
            scale: number;

            /** SampleBatch offset. */
            offset: number;

            /** SampleBatch unit. */
            unit: string;

            /** SampleBatch startTimeUs. */
            startTimeUs: number;

            /** SampleBatch samplePeriodUs. */
            samplePeriodUs: number;

            /** SampleBatch sampleOffsetsUs. */
            sampleOffsetsUs: number[];

            /** SampleBatch firstSensorSeq. */
            firstSensorSeq: number;

            /** SampleBatch gapBefore. */
            gapBefore: number;

            /** SampleBatch channelScales. */
            channelScales: number[];

            /** SampleBatch channelUnits. */
            channelUnits: string[];

            /**
             * Creates a new SampleBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SampleBatch instance
             */
            static create(properties: care.v1.SampleBatch.$Shape): care.v1.SampleBatch & care.v1.SampleBatch.$Shape;
            static create(properties?: care.v1.SampleBatch.$Properties): care.v1.SampleBatch;

            /**
             * Encodes the specified SampleBatch message. Does not implicitly {@link care.v1.SampleBatch.verify|verify} messages.
             * @param m SampleBatch message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: care.v1.SampleBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SampleBatch message, length delimited. Does not implicitly {@link care.v1.SampleBatch.verify|verify} messages.
             * @param message SampleBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: care.v1.SampleBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SampleBatch message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {care.v1.SampleBatch & care.v1.SampleBatch.$Shape} SampleBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): care.v1.SampleBatch & care.v1.SampleBatch.$Shape;

            /**
             * Decodes a SampleBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {care.v1.SampleBatch & care.v1.SampleBatch.$Shape} SampleBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): care.v1.SampleBatch & care.v1.SampleBatch.$Shape;

            /**
             * Verifies a SampleBatch message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SampleBatch message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SampleBatch
             */
            static fromObject(d: { [k: string]: any }): care.v1.SampleBatch;

            /**
             * Creates a plain object from a SampleBatch message. Also converts values to other types if specified.
             * @param m SampleBatch
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: care.v1.SampleBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SampleBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SampleBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SampleBatch {

            /** Properties of a SampleBatch. */
            interface $Properties {

                /** SampleBatch sensorId */
                sensorId?: (string|null);

                /** SampleBatch sensorKind */
                sensorKind?: (care.v1.SensorKind|null);

                /** SampleBatch stream */
                stream?: (string|null);

                /** SampleBatch channelNames */
                channelNames?: (string[]|null);

                /** SampleBatch values */
                values?: (number[]|null);

                /** SampleBatch scale */
                scale?: (number|null);

                /** SampleBatch offset */
                offset?: (number|null);

                /** SampleBatch unit */
                unit?: (string|null);

                /** SampleBatch startTimeUs */
                startTimeUs?: (number|null);

                /** SampleBatch samplePeriodUs */
                samplePeriodUs?: (number|null);

                /** SampleBatch sampleOffsetsUs */
                sampleOffsetsUs?: (number[]|null);

                /** SampleBatch firstSensorSeq */
                firstSensorSeq?: (number|null);

                /** SampleBatch gapBefore */
                gapBefore?: (number|null);

                /** SampleBatch channelScales */
                channelScales?: (number[]|null);

                /** SampleBatch channelUnits */
                channelUnits?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SampleBatch. */
            type $Shape = care.v1.SampleBatch.$Properties;
        }

        /**
         * Properties of a Field.
         * @deprecated Use care.v1.Field.$Properties instead.
         */
        interface IField extends care.v1.Field.$Properties {
        }

        /** Represents a Field. */
        class Field {

            /**
             * Constructs a new Field.
             * @param [p] Properties to set
             */
            constructor(p?: care.v1.Field.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Field name. */
            name: string;

            /** Field value. */
            value: number;

            /** Field unit. */
            unit: string;

            /**
             * Creates a new Field instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Field instance
             */
            static create(properties: care.v1.Field.$Shape): care.v1.Field & care.v1.Field.$Shape;
            static create(properties?: care.v1.Field.$Properties): care.v1.Field;

            /**
             * Encodes the specified Field message. Does not implicitly {@link care.v1.Field.verify|verify} messages.
             * @param m Field message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: care.v1.Field.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Field message, length delimited. Does not implicitly {@link care.v1.Field.verify|verify} messages.
             * @param message Field message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: care.v1.Field.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Field message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {care.v1.Field & care.v1.Field.$Shape} Field
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): care.v1.Field & care.v1.Field.$Shape;

            /**
             * Decodes a Field message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {care.v1.Field & care.v1.Field.$Shape} Field
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): care.v1.Field & care.v1.Field.$Shape;

            /**
             * Verifies a Field message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Field message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Field
             */
            static fromObject(d: { [k: string]: any }): care.v1.Field;

            /**
             * Creates a plain object from a Field message. Also converts values to other types if specified.
             * @param m Field
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: care.v1.Field, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Field to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Field
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Field {

            /** Properties of a Field. */
            interface $Properties {

                /** Field name */
                name?: (string|null);

                /** Field value */
                value?: (number|null);

                /** Field unit */
                unit?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Field. */
            type $Shape = care.v1.Field.$Properties;
        }

        /** Quality enum. */
        enum Quality {

            /** QUALITY_UNSPECIFIED value */
            QUALITY_UNSPECIFIED = 0,

            /** QUALITY_GOOD value */
            QUALITY_GOOD = 1,

            /** QUALITY_POOR value */
            QUALITY_POOR = 2,

            /** QUALITY_NO_CONTACT value */
            QUALITY_NO_CONTACT = 3
        }

        /**
         * Properties of an Observation.
         * @deprecated Use care.v1.Observation.$Properties instead.
         */
        interface IObservation extends care.v1.Observation.$Properties {
        }

        /** Represents an Observation. */
        class Observation {

            /**
             * Constructs a new Observation.
             * @param [p] Properties to set
             */
            constructor(p?: care.v1.Observation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Observation sensorId. */
            sensorId: string;

            /** Observation sensorKind. */
            sensorKind: care.v1.SensorKind;

            /** Observation name. */
            name: string;

            /** Observation timeMs. */
            timeMs: number;

            /** Observation windowMs. */
            windowMs: number;

            /** Observation fields. */
            fields: care.v1.Field.$Properties[];

            /** Observation quality. */
            quality: care.v1.Quality;

            /**
             * Creates a new Observation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Observation instance
             */
            static create(properties: care.v1.Observation.$Shape): care.v1.Observation & care.v1.Observation.$Shape;
            static create(properties?: care.v1.Observation.$Properties): care.v1.Observation;

            /**
             * Encodes the specified Observation message. Does not implicitly {@link care.v1.Observation.verify|verify} messages.
             * @param m Observation message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: care.v1.Observation.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Observation message, length delimited. Does not implicitly {@link care.v1.Observation.verify|verify} messages.
             * @param message Observation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: care.v1.Observation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Observation message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {care.v1.Observation & care.v1.Observation.$Shape} Observation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): care.v1.Observation & care.v1.Observation.$Shape;

            /**
             * Decodes an Observation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {care.v1.Observation & care.v1.Observation.$Shape} Observation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): care.v1.Observation & care.v1.Observation.$Shape;

            /**
             * Verifies an Observation message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an Observation message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Observation
             */
            static fromObject(d: { [k: string]: any }): care.v1.Observation;

            /**
             * Creates a plain object from an Observation message. Also converts values to other types if specified.
             * @param m Observation
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: care.v1.Observation, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Observation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Observation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Observation {

            /** Properties of an Observation. */
            interface $Properties {

                /** Observation sensorId */
                sensorId?: (string|null);

                /** Observation sensorKind */
                sensorKind?: (care.v1.SensorKind|null);

                /** Observation name */
                name?: (string|null);

                /** Observation timeMs */
                timeMs?: (number|null);

                /** Observation windowMs */
                windowMs?: (number|null);

                /** Observation fields */
                fields?: (care.v1.Field.$Properties[]|null);

                /** Observation quality */
                quality?: (care.v1.Quality|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Observation. */
            type $Shape = care.v1.Observation.$Properties;
        }

        /**
         * Properties of a Prediction.
         * @deprecated Use care.v1.Prediction.$Properties instead.
         */
        interface IPrediction extends care.v1.Prediction.$Properties {
        }

        /** Represents a Prediction. */
        class Prediction {

            /**
             * Constructs a new Prediction.
             * @param [p] Properties to set
             */
            constructor(p?: care.v1.Prediction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Prediction sensorId. */
            sensorId: string;

            /** Prediction sensorKind. */
            sensorKind: care.v1.SensorKind;

            /** Prediction target. */
            target: string;

            /** Prediction timeMs. */
            timeMs: number;

            /** Prediction minutesUntil. */
            minutesUntil: number;

            /** Prediction uncertaintyMinutes. */
            uncertaintyMinutes: number;

            /** Prediction confidence. */
            confidence: number;

            /**
             * Creates a new Prediction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Prediction instance
             */
            static create(properties: care.v1.Prediction.$Shape): care.v1.Prediction & care.v1.Prediction.$Shape;
            static create(properties?: care.v1.Prediction.$Properties): care.v1.Prediction;

            /**
             * Encodes the specified Prediction message. Does not implicitly {@link care.v1.Prediction.verify|verify} messages.
             * @param m Prediction message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: care.v1.Prediction.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Prediction message, length delimited. Does not implicitly {@link care.v1.Prediction.verify|verify} messages.
             * @param message Prediction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: care.v1.Prediction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Prediction message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {care.v1.Prediction & care.v1.Prediction.$Shape} Prediction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): care.v1.Prediction & care.v1.Prediction.$Shape;

            /**
             * Decodes a Prediction message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {care.v1.Prediction & care.v1.Prediction.$Shape} Prediction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): care.v1.Prediction & care.v1.Prediction.$Shape;

            /**
             * Verifies a Prediction message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Prediction message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Prediction
             */
            static fromObject(d: { [k: string]: any }): care.v1.Prediction;

            /**
             * Creates a plain object from a Prediction message. Also converts values to other types if specified.
             * @param m Prediction
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: care.v1.Prediction, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Prediction to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Prediction
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Prediction {

            /** Properties of a Prediction. */
            interface $Properties {

                /** Prediction sensorId */
                sensorId?: (string|null);

                /** Prediction sensorKind */
                sensorKind?: (care.v1.SensorKind|null);

                /** Prediction target */
                target?: (string|null);

                /** Prediction timeMs */
                timeMs?: (number|null);

                /** Prediction minutesUntil */
                minutesUntil?: (number|null);

                /** Prediction uncertaintyMinutes */
                uncertaintyMinutes?: (number|null);

                /** Prediction confidence */
                confidence?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Prediction. */
            type $Shape = care.v1.Prediction.$Properties;
        }

        /** Severity enum. */
        enum Severity {

            /** SEVERITY_UNSPECIFIED value */
            SEVERITY_UNSPECIFIED = 0,

            /** SEVERITY_INFO value */
            SEVERITY_INFO = 1,

            /** SEVERITY_WARNING value */
            SEVERITY_WARNING = 2,

            /** SEVERITY_CRITICAL value */
            SEVERITY_CRITICAL = 3
        }

        /** AlertState enum. */
        enum AlertState {

            /** ALERT_STATE_UNSPECIFIED value */
            ALERT_STATE_UNSPECIFIED = 0,

            /** ALERT_STATE_RAISED value */
            ALERT_STATE_RAISED = 1,

            /** ALERT_STATE_CLEARED value */
            ALERT_STATE_CLEARED = 2,

            /** ALERT_STATE_ACKNOWLEDGED value */
            ALERT_STATE_ACKNOWLEDGED = 3
        }

        /**
         * Properties of an Alert.
         * @deprecated Use care.v1.Alert.$Properties instead.
         */
        interface IAlert extends care.v1.Alert.$Properties {
        }

        /** Represents an Alert. */
        class Alert {

            /**
             * Constructs a new Alert.
             * @param [p] Properties to set
             */
            constructor(p?: care.v1.Alert.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Alert alertId. */
            alertId: string;

            /** Alert sensorId. */
            sensorId: string;

            /** Alert sensorKind. */
            sensorKind: care.v1.SensorKind;

            /** Alert kind. */
            kind: string;

            /** Alert severity. */
            severity: care.v1.Severity;

            /** Alert state. */
            state: care.v1.AlertState;

            /** Alert timeMs. */
            timeMs: number;

            /** Alert message. */
            message: string;

            /** Alert fields. */
            fields: care.v1.Field.$Properties[];

            /**
             * Creates a new Alert instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Alert instance
             */
            static create(properties: care.v1.Alert.$Shape): care.v1.Alert & care.v1.Alert.$Shape;
            static create(properties?: care.v1.Alert.$Properties): care.v1.Alert;

            /**
             * Encodes the specified Alert message. Does not implicitly {@link care.v1.Alert.verify|verify} messages.
             * @param m Alert message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: care.v1.Alert.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Alert message, length delimited. Does not implicitly {@link care.v1.Alert.verify|verify} messages.
             * @param message Alert message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: care.v1.Alert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Alert message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {care.v1.Alert & care.v1.Alert.$Shape} Alert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): care.v1.Alert & care.v1.Alert.$Shape;

            /**
             * Decodes an Alert message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {care.v1.Alert & care.v1.Alert.$Shape} Alert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): care.v1.Alert & care.v1.Alert.$Shape;

            /**
             * Verifies an Alert message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an Alert message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Alert
             */
            static fromObject(d: { [k: string]: any }): care.v1.Alert;

            /**
             * Creates a plain object from an Alert message. Also converts values to other types if specified.
             * @param m Alert
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: care.v1.Alert, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Alert to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Alert
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Alert {

            /** Properties of an Alert. */
            interface $Properties {

                /** Alert alertId */
                alertId?: (string|null);

                /** Alert sensorId */
                sensorId?: (string|null);

                /** Alert sensorKind */
                sensorKind?: (care.v1.SensorKind|null);

                /** Alert kind */
                kind?: (string|null);

                /** Alert severity */
                severity?: (care.v1.Severity|null);

                /** Alert state */
                state?: (care.v1.AlertState|null);

                /** Alert timeMs */
                timeMs?: (number|null);

                /** Alert message */
                message?: (string|null);

                /** Alert fields */
                fields?: (care.v1.Field.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Alert. */
            type $Shape = care.v1.Alert.$Properties;
        }

        /** DeviceState enum. */
        enum DeviceState {

            /** DEVICE_STATE_UNSPECIFIED value */
            DEVICE_STATE_UNSPECIFIED = 0,

            /** DEVICE_STATE_ONLINE value */
            DEVICE_STATE_ONLINE = 1,

            /** DEVICE_STATE_DEGRADED value */
            DEVICE_STATE_DEGRADED = 2,

            /** DEVICE_STATE_OFFLINE value */
            DEVICE_STATE_OFFLINE = 3
        }

        /**
         * Properties of a Counter.
         * @deprecated Use care.v1.Counter.$Properties instead.
         */
        interface ICounter extends care.v1.Counter.$Properties {
        }

        /** Represents a Counter. */
        class Counter {

            /**
             * Constructs a new Counter.
             * @param [p] Properties to set
             */
            constructor(p?: care.v1.Counter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Counter name. */
            name: string;

            /** Counter value. */
            value: number;

            /**
             * Creates a new Counter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Counter instance
             */
            static create(properties: care.v1.Counter.$Shape): care.v1.Counter & care.v1.Counter.$Shape;
            static create(properties?: care.v1.Counter.$Properties): care.v1.Counter;

            /**
             * Encodes the specified Counter message. Does not implicitly {@link care.v1.Counter.verify|verify} messages.
             * @param m Counter message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: care.v1.Counter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Counter message, length delimited. Does not implicitly {@link care.v1.Counter.verify|verify} messages.
             * @param message Counter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: care.v1.Counter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Counter message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {care.v1.Counter & care.v1.Counter.$Shape} Counter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): care.v1.Counter & care.v1.Counter.$Shape;

            /**
             * Decodes a Counter message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {care.v1.Counter & care.v1.Counter.$Shape} Counter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): care.v1.Counter & care.v1.Counter.$Shape;

            /**
             * Verifies a Counter message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Counter message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Counter
             */
            static fromObject(d: { [k: string]: any }): care.v1.Counter;

            /**
             * Creates a plain object from a Counter message. Also converts values to other types if specified.
             * @param m Counter
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: care.v1.Counter, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Counter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Counter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Counter {

            /** Properties of a Counter. */
            interface $Properties {

                /** Counter name */
                name?: (string|null);

                /** Counter value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Counter. */
            type $Shape = care.v1.Counter.$Properties;
        }

        /**
         * Properties of a SensorStatus.
         * @deprecated Use care.v1.SensorStatus.$Properties instead.
         */
        interface ISensorStatus extends care.v1.SensorStatus.$Properties {
        }

        /** Represents a SensorStatus. */
        class SensorStatus {

            /**
             * Constructs a new SensorStatus.
             * @param [p] Properties to set
             */
            constructor(p?: care.v1.SensorStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SensorStatus sensorId. */
            sensorId: string;

            /** SensorStatus sensorKind. */
            sensorKind: care.v1.SensorKind;

            /** SensorStatus transport. */
            transport: string;

            /** SensorStatus connected. */
            connected: boolean;

            /** SensorStatus reason. */
            reason: string;

            /** SensorStatus lastFrameMs. */
            lastFrameMs: number;

            /**
             * Creates a new SensorStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SensorStatus instance
             */
            static create(properties: care.v1.SensorStatus.$Shape): care.v1.SensorStatus & care.v1.SensorStatus.$Shape;
            static create(properties?: care.v1.SensorStatus.$Properties): care.v1.SensorStatus;

            /**
             * Encodes the specified SensorStatus message. Does not implicitly {@link care.v1.SensorStatus.verify|verify} messages.
             * @param m SensorStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: care.v1.SensorStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SensorStatus message, length delimited. Does not implicitly {@link care.v1.SensorStatus.verify|verify} messages.
             * @param message SensorStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: care.v1.SensorStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SensorStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {care.v1.SensorStatus & care.v1.SensorStatus.$Shape} SensorStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): care.v1.SensorStatus & care.v1.SensorStatus.$Shape;

            /**
             * Decodes a SensorStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {care.v1.SensorStatus & care.v1.SensorStatus.$Shape} SensorStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): care.v1.SensorStatus & care.v1.SensorStatus.$Shape;

            /**
             * Verifies a SensorStatus message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SensorStatus message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SensorStatus
             */
            static fromObject(d: { [k: string]: any }): care.v1.SensorStatus;

            /**
             * Creates a plain object from a SensorStatus message. Also converts values to other types if specified.
             * @param m SensorStatus
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: care.v1.SensorStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SensorStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SensorStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SensorStatus {

            /** Properties of a SensorStatus. */
            interface $Properties {

                /** SensorStatus sensorId */
                sensorId?: (string|null);

                /** SensorStatus sensorKind */
                sensorKind?: (care.v1.SensorKind|null);

                /** SensorStatus transport */
                transport?: (string|null);

                /** SensorStatus connected */
                connected?: (boolean|null);

                /** SensorStatus reason */
                reason?: (string|null);

                /** SensorStatus lastFrameMs */
                lastFrameMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SensorStatus. */
            type $Shape = care.v1.SensorStatus.$Properties;
        }

        /**
         * Properties of a DeviceStatus.
         * @deprecated Use care.v1.DeviceStatus.$Properties instead.
         */
        interface IDeviceStatus extends care.v1.DeviceStatus.$Properties {
        }

        /** Represents a DeviceStatus. */
        class DeviceStatus {

            /**
             * Constructs a new DeviceStatus.
             * @param [p] Properties to set
             */
            constructor(p?: care.v1.DeviceStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceStatus state. */
            state: care.v1.DeviceState;

            /** DeviceStatus reason. */
            reason: string;

            /** DeviceStatus counters. */
            counters: care.v1.Counter.$Properties[];

            /** DeviceStatus clockOffsetMs. */
            clockOffsetMs: number;

            /** DeviceStatus clockSynced. */
            clockSynced: boolean;

            /** DeviceStatus sensors. */
            sensors: care.v1.SensorStatus.$Properties[];

            /** DeviceStatus agentVersion. */
            agentVersion: string;

            /** DeviceStatus uptimeMs. */
            uptimeMs: number;

            /**
             * Creates a new DeviceStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceStatus instance
             */
            static create(properties: care.v1.DeviceStatus.$Shape): care.v1.DeviceStatus & care.v1.DeviceStatus.$Shape;
            static create(properties?: care.v1.DeviceStatus.$Properties): care.v1.DeviceStatus;

            /**
             * Encodes the specified DeviceStatus message. Does not implicitly {@link care.v1.DeviceStatus.verify|verify} messages.
             * @param m DeviceStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: care.v1.DeviceStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceStatus message, length delimited. Does not implicitly {@link care.v1.DeviceStatus.verify|verify} messages.
             * @param message DeviceStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: care.v1.DeviceStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {care.v1.DeviceStatus & care.v1.DeviceStatus.$Shape} DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): care.v1.DeviceStatus & care.v1.DeviceStatus.$Shape;

            /**
             * Decodes a DeviceStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {care.v1.DeviceStatus & care.v1.DeviceStatus.$Shape} DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): care.v1.DeviceStatus & care.v1.DeviceStatus.$Shape;

            /**
             * Verifies a DeviceStatus message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceStatus message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeviceStatus
             */
            static fromObject(d: { [k: string]: any }): care.v1.DeviceStatus;

            /**
             * Creates a plain object from a DeviceStatus message. Also converts values to other types if specified.
             * @param m DeviceStatus
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: care.v1.DeviceStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceStatus {

            /** Properties of a DeviceStatus. */
            interface $Properties {

                /** DeviceStatus state */
                state?: (care.v1.DeviceState|null);

                /** DeviceStatus reason */
                reason?: (string|null);

                /** DeviceStatus counters */
                counters?: (care.v1.Counter.$Properties[]|null);

                /** DeviceStatus clockOffsetMs */
                clockOffsetMs?: (number|null);

                /** DeviceStatus clockSynced */
                clockSynced?: (boolean|null);

                /** DeviceStatus sensors */
                sensors?: (care.v1.SensorStatus.$Properties[]|null);

                /** DeviceStatus agentVersion */
                agentVersion?: (string|null);

                /** DeviceStatus uptimeMs */
                uptimeMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceStatus. */
            type $Shape = care.v1.DeviceStatus.$Properties;
        }

        /**
         * Properties of an Event.
         * @deprecated Use care.v1.Event.$Properties instead.
         */
        interface IEvent extends care.v1.Event.$Properties {
        }

        /** Represents an Event. */
        class Event {

            /**
             * Constructs a new Event.
             * @param [p] Properties to set
             */
            constructor(p?: care.v1.Event.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Event sensorId. */
            sensorId: string;

            /** Event sensorKind. */
            sensorKind: care.v1.SensorKind;

            /** Event kind. */
            kind: string;

            /** Event timeMs. */
            timeMs: number;

            /** Event fields. */
            fields: care.v1.Field.$Properties[];

            /** Event detail. */
            detail: string;

            /**
             * Creates a new Event instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Event instance
             */
            static create(properties: care.v1.Event.$Shape): care.v1.Event & care.v1.Event.$Shape;
            static create(properties?: care.v1.Event.$Properties): care.v1.Event;

            /**
             * Encodes the specified Event message. Does not implicitly {@link care.v1.Event.verify|verify} messages.
             * @param m Event message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: care.v1.Event.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Event message, length delimited. Does not implicitly {@link care.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: care.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {care.v1.Event & care.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): care.v1.Event & care.v1.Event.$Shape;

            /**
             * Decodes an Event message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {care.v1.Event & care.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): care.v1.Event & care.v1.Event.$Shape;

            /**
             * Verifies an Event message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Event
             */
            static fromObject(d: { [k: string]: any }): care.v1.Event;

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @param m Event
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: care.v1.Event, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Event to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Event
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Event {

            /** Properties of an Event. */
            interface $Properties {

                /** Event sensorId */
                sensorId?: (string|null);

                /** Event sensorKind */
                sensorKind?: (care.v1.SensorKind|null);

                /** Event kind */
                kind?: (string|null);

                /** Event timeMs */
                timeMs?: (number|null);

                /** Event fields */
                fields?: (care.v1.Field.$Properties[]|null);

                /** Event detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Event. */
            type $Shape = care.v1.Event.$Properties;
        }

        /**
         * Properties of a Command.
         * @deprecated Use care.v1.Command.$Properties instead.
         */
        interface ICommand extends care.v1.Command.$Properties {
        }

        /** Represents a Command. */
        class Command {

            /**
             * Constructs a new Command.
             * @param [p] Properties to set
             */
            constructor(p?: care.v1.Command.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Command commandId. */
            commandId: string;

            /** Command kind. */
            kind: string;

            /** Command sensorId. */
            sensorId: string;

            /** Command args. */
            args: { [k: string]: string };

            /** Command issuedMs. */
            issuedMs: number;

            /**
             * Creates a new Command instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Command instance
             */
            static create(properties: care.v1.Command.$Shape): care.v1.Command & care.v1.Command.$Shape;
            static create(properties?: care.v1.Command.$Properties): care.v1.Command;

            /**
             * Encodes the specified Command message. Does not implicitly {@link care.v1.Command.verify|verify} messages.
             * @param m Command message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: care.v1.Command.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Command message, length delimited. Does not implicitly {@link care.v1.Command.verify|verify} messages.
             * @param message Command message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: care.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {care.v1.Command & care.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): care.v1.Command & care.v1.Command.$Shape;

            /**
             * Decodes a Command message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {care.v1.Command & care.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): care.v1.Command & care.v1.Command.$Shape;

            /**
             * Verifies a Command message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Command
             */
            static fromObject(d: { [k: string]: any }): care.v1.Command;

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @param m Command
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: care.v1.Command, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Command to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Command
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Command {

            /** Properties of a Command. */
            interface $Properties {

                /** Command commandId */
                commandId?: (string|null);

                /** Command kind */
                kind?: (string|null);

                /** Command sensorId */
                sensorId?: (string|null);

                /** Command args */
                args?: ({ [k: string]: string }|null);

                /** Command issuedMs */
                issuedMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Command. */
            type $Shape = care.v1.Command.$Properties;
        }

        /**
         * Properties of a CommandAck.
         * @deprecated Use care.v1.CommandAck.$Properties instead.
         */
        interface ICommandAck extends care.v1.CommandAck.$Properties {
        }

        /** Represents a CommandAck. */
        class CommandAck {

            /**
             * Constructs a new CommandAck.
             * @param [p] Properties to set
             */
            constructor(p?: care.v1.CommandAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommandAck commandId. */
            commandId: string;

            /** CommandAck ok. */
            ok: boolean;

            /** CommandAck message. */
            message: string;

            /** CommandAck appliedMs. */
            appliedMs: number;

            /**
             * Creates a new CommandAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommandAck instance
             */
            static create(properties: care.v1.CommandAck.$Shape): care.v1.CommandAck & care.v1.CommandAck.$Shape;
            static create(properties?: care.v1.CommandAck.$Properties): care.v1.CommandAck;

            /**
             * Encodes the specified CommandAck message. Does not implicitly {@link care.v1.CommandAck.verify|verify} messages.
             * @param m CommandAck message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: care.v1.CommandAck.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CommandAck message, length delimited. Does not implicitly {@link care.v1.CommandAck.verify|verify} messages.
             * @param message CommandAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: care.v1.CommandAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandAck message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {care.v1.CommandAck & care.v1.CommandAck.$Shape} CommandAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): care.v1.CommandAck & care.v1.CommandAck.$Shape;

            /**
             * Decodes a CommandAck message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {care.v1.CommandAck & care.v1.CommandAck.$Shape} CommandAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): care.v1.CommandAck & care.v1.CommandAck.$Shape;

            /**
             * Verifies a CommandAck message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a CommandAck message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CommandAck
             */
            static fromObject(d: { [k: string]: any }): care.v1.CommandAck;

            /**
             * Creates a plain object from a CommandAck message. Also converts values to other types if specified.
             * @param m CommandAck
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: care.v1.CommandAck, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommandAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CommandAck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommandAck {

            /** Properties of a CommandAck. */
            interface $Properties {

                /** CommandAck commandId */
                commandId?: (string|null);

                /** CommandAck ok */
                ok?: (boolean|null);

                /** CommandAck message */
                message?: (string|null);

                /** CommandAck appliedMs */
                appliedMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommandAck. */
            type $Shape = care.v1.CommandAck.$Properties;
        }
    }
}
