# syntax=docker/dockerfile:1
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/waypost ./cmd/waypost

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/waypost /usr/local/bin/waypost
ENV WAYPOST_ADDR=:8080 WAYPOST_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/waypost"]
CMD ["serve"]
